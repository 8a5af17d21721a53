// `docker commit` / `docker container commit`: the container's R/W layer becomes a new image layer.
import type { CommandSpec, Invocation } from '../command.ts';
import type { ImageConfig } from '../../engine/index.ts';
import { renderError } from '../render-error.ts';
import { flagString, flagStrings } from '../views/flags.ts';
import { flagsOf, useOf } from './spec-helpers.ts';

/** A JSON array (exec form) or a shell-form command line. */
function commandForm(rest: string): string[] {
  const t = rest.trim();
  if (t.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(t);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    } catch {
      // not JSON: shell form
    }
  }
  return ['/bin/sh', '-c', t];
}

/** The Dockerfile instructions `--change` accepts; the error text for others. */
function applyChanges(
  changes: string[],
  base: Partial<ImageConfig>,
): { ok: true; config: Partial<ImageConfig> } | { ok: false; message: string } {
  const config = { ...base };
  for (const change of changes) {
    const m = /^\s*(\S+)\s*(.*)$/s.exec(change);
    const instr = (m?.[1] ?? '').toUpperCase();
    const rest = m?.[2] ?? '';
    switch (instr) {
      case 'CMD':
        config.Cmd = commandForm(rest);
        break;
      case 'ENTRYPOINT':
        config.Entrypoint = commandForm(rest);
        break;
      case 'WORKDIR':
        config.WorkingDir = rest.trim();
        break;
      case 'USER':
        config.User = rest.trim();
        break;
      case 'ENV': {
        const env = [...(config.Env ?? [])];
        const pairs = rest.includes('=')
          ? rest.trim().split(/\s+/)
          : [rest.trim().replace(/\s+/, '=')];
        for (const p of pairs) {
          const k = p.split('=')[0];
          const i = env.findIndex((e) => e.split('=')[0] === k);
          if (i >= 0) env[i] = p;
          else env.push(p);
        }
        config.Env = env;
        break;
      }
      case 'EXPOSE': {
        const ports = { ...(config.ExposedPorts ?? {}) };
        for (const p of rest.trim().split(/\s+/)) ports[p.includes('/') ? p : `${p}/tcp`] = {};
        config.ExposedPorts = ports;
        break;
      }
      case 'LABEL': {
        const labels = { ...(config.Labels ?? {}) };
        for (const p of rest.trim().split(/\s+/)) {
          const [k = '', v = ''] = p.split('=');
          labels[k] = v.replace(/^"|"$/g, '');
        }
        config.Labels = labels;
        break;
      }
      default:
        return { ok: false, message: `${instr.toLowerCase()} is not a valid change command` };
    }
  }
  return { ok: true, config };
}

function run(inv: Invocation): number {
  const [ref = '', reference] = inv.args;
  const found = inv.engine.findContainer(ref);
  if (!found.ok) {
    inv.out.stderr(`${renderError(found.error)}\n`);
    return 1;
  }
  const image = inv.engine.state.images[found.value.imageId];
  const c = found.value.config;
  const changes = applyChanges(flagStrings(inv.flags, 'change'), {
    Env: [...c.env],
    Cmd: c.cmd,
    Entrypoint: c.entrypoint,
    WorkingDir: c.workingDir,
    User: c.user,
    ExposedPorts: image?.config.ExposedPorts ?? null,
    Labels: image?.config.Labels ?? null,
  });
  if (!changes.ok) {
    inv.out.stderr(`Error response from daemon: ${changes.message}\n`);
    return 1;
  }
  const author = flagString(inv.flags, 'author');
  const message = flagString(inv.flags, 'message');
  const r = inv.engine.images.commit(ref, {
    ...(reference !== undefined ? { reference } : {}),
    ...(author ? { author } : {}),
    ...(message ? { comment: message } : {}),
    changes: changes.config,
  });
  if (!r.ok) {
    inv.out.stderr(`${renderError(r.error)}\n`);
    return 1;
  }
  inv.out.stdout(`sha256:${r.value.id}\n`);
  return 0;
}

export const command: CommandSpec = {
  path: ['container', 'commit'],
  aliases: [['commit']],
  use: useOf('commit'),
  flags: flagsOf('commit', ['author', 'change', 'message', 'pause']),
  args: { min: 1, max: 2 },
  run,
};
