// The heavy parts themselves, gathered for late.ts: imported statically by the Node entry point (index.ts), and
// as a separate chunk by the browser, which loads it before anything runs in a container.
import type { LateParts } from './late.ts';
import type { Simulator } from './programs/types.ts';
import {
  catSimulator,
  helloSimulator,
  sleepSimulator,
  unsimulatedSimulator,
  utilitySimulator,
} from './programs/simulators/basic.ts';
import { nginxEntrypointSimulator, nginxSimulator } from './programs/simulators/nginx.ts';
import { redisEntrypointSimulator, redisServerSimulator } from './programs/simulators/redis.ts';
import { shellSimulator } from './programs/simulators/shell.ts';
import { psSimulator } from './programs/simulators/ps.ts';
import { shellMemory } from './programs/shell/vm.ts';
import { runProbe } from './containers/health-probe.ts';
import { exchange } from './network/http.ts';
import { runToolIn } from './network/tools.ts';
import { createImageOps } from './images/ops.ts';
import { createFsOps } from './fs/ops.ts';
import { NAME_ADJECTIVES, NAME_SURNAMES } from './names-data.ts';

export const LATE_PARTS: LateParts = {
  simulators: new Map<string, Simulator>([
    ['utility', utilitySimulator],
    ['sleep', sleepSimulator],
    ['cat', catSimulator],
    ['hello', helloSimulator],
    ['unsimulated', unsimulatedSimulator],
    ['nginx-entrypoint', nginxEntrypointSimulator],
    ['nginx', nginxSimulator],
    ['redis-entrypoint', redisEntrypointSimulator],
    ['redis-server', redisServerSimulator],
    ['shell', shellSimulator],
    ['ps', psSimulator],
    // Processes started by container shells (`docker exec`): the shell runs them, not the engine.
    ['external', { step: () => undefined }],
  ]),
  runProbe,
  shellMemory,
  exchange,
  runTool: runToolIn,
  createImageOps,
  createFsOps,
  nameWords: { adjectives: NAME_ADJECTIVES, surnames: NAME_SURNAMES },
};
