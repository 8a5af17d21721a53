// `ps` run in a container: busybox's "PID USER COMMAND" table or procps' "PID TTY TIME CMD", from the processes.
import { listProcesses } from '../processes.ts';
import type { Simulator } from '../types.ts';

export const psSimulator: Simulator = {
  step(host) {
    const { state, container: c } = host;
    const img = state.images[c.imageId];
    const busybox = !!img?.layers.some((d) =>
      Object.prototype.hasOwnProperty.call(state.layers[d]?.files ?? {}, '/bin/busybox'),
    );
    const procs = listProcesses(state, c);
    let out: string;
    if (busybox) {
      out = 'PID   USER     COMMAND\n';
      for (const p of procs)
        out += `${String(p.nsPid).padStart(5)} ${(p.uid === 0 ? 'root' : String(p.uid)).padEnd(8).slice(0, 8)} ${p.args}\n`;
    } else {
      out = '    PID TTY          TIME CMD\n';
      for (const p of procs)
        out += `${String(p.nsPid).padStart(7)} ${(p.tty ? 'pts/0' : '?').padEnd(8)} 00:00:00 ${p.comm}\n`;
    }
    host.write('stdout', out);
    host.exit(0);
  },
};
