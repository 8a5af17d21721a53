// `-v SRC:DST[:MODE]` and `--mount type=…,source=…,target=…` → mount specs, with the docker CLI's own errors.
import type { MountSpec } from '../../engine/index.ts';

type Parsed = { ok: true; mounts: MountSpec[] } | { ok: false; message: string };

function absolutize(path: string, cwd: string, home: string): string {
  const full = path.startsWith('~')
    ? home + path.slice(1)
    : path.startsWith('/')
      ? path
      : `${cwd}/${path}`;
  const parts: string[] = [];
  for (const seg of full.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

const MODES = new Set([
  'ro',
  'rw',
  'z',
  'Z',
  'nocopy',
  'shared',
  'rshared',
  'slave',
  'rslave',
  'private',
  'rprivate',
  'consistent',
  'cached',
  'delegated',
]);

/** One `-v` value, as the CLI splits it (the daemon checks the rest). */
export function parseVolumeFlag(
  spec: string,
  cwd: string,
  home: string,
): { ok: true; mount: MountSpec } | { ok: false; message: string } {
  const parts = spec.split(':');
  if (
    parts.some((p, i) => p === '' && i < parts.length - 1) ||
    (parts.length > 1 && parts[parts.length - 1] === '')
  )
    return { ok: false, message: `invalid spec: ${spec}: empty section between colons` };
  if (parts.length > 3) return { ok: false, message: `invalid spec: ${spec}: too many colons` };
  let source = '';
  let target: string;
  let mode = '';
  if (parts.length === 1) target = parts[0] ?? '';
  else if (parts.length === 2) {
    // "/path:ro" is a target with a mode only when the second part is a mode.
    if (
      MODES.has(parts[1] ?? '') &&
      (parts[0] ?? '').startsWith('/') &&
      !(parts[1] ?? '').startsWith('/')
    ) {
      target = parts[0] ?? '';
      mode = parts[1] ?? '';
    } else {
      source = parts[0] ?? '';
      target = parts[1] ?? '';
    }
  } else [source = '', target = '', mode = ''] = parts;
  const modes = mode === '' ? [] : mode.split(',');
  for (const m of modes) if (!MODES.has(m)) return { ok: false, message: `invalid mode: ${mode}` };
  if (!target.startsWith('/'))
    return {
      ok: false,
      message: `Error response from daemon: invalid volume specification: '${spec}': invalid mount config for type "${source.startsWith('/') || source.startsWith('.') ? 'bind' : 'volume'}": invalid mount path: '${target}' mount path must be absolute`,
    };
  if (target === '/')
    return {
      ok: false,
      message: `Error response from daemon: invalid specification: destination can't be '/'`,
    };
  const readOnly = modes.includes('ro');
  const isPath = source.startsWith('/') || source.startsWith('.') || source.startsWith('~');
  if (isPath) {
    return {
      ok: true,
      mount: {
        type: 'bind',
        source: absolutize(source, cwd, home),
        target,
        readOnly,
        createSource: true,
      },
    };
  }
  return {
    ok: true,
    mount: {
      type: 'volume',
      source,
      target,
      readOnly,
      ...(modes.includes('nocopy') ? { noCopy: true } : {}),
    },
  };
}

/** One `--mount` value (csv of key=value). */
export function parseMountFlag(
  spec: string,
  cwd: string,
  home: string,
): { ok: true; mount: MountSpec } | { ok: false; message: string } {
  const bad = (why: string) => ({
    ok: false as const,
    message: `invalid argument "${spec}" for "--mount" flag: ${why}`,
  });
  let type = 'volume';
  let source = '';
  let target = '';
  let readOnly = false;
  let noCopy = false;
  for (const field of spec.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? undefined : field.slice(eq + 1);
    switch (key) {
      case 'type':
        type = value ?? '';
        break;
      case 'source':
      case 'src':
        source = value ?? '';
        break;
      case 'target':
      case 'destination':
      case 'dst':
        target = value ?? '';
        break;
      case 'readonly':
      case 'ro':
        if (value === undefined || value === 'true' || value === '1') readOnly = true;
        else if (value === 'false' || value === '0') readOnly = false;
        else return bad(`invalid value for ${key}: ${value}`);
        break;
      case 'volume-nocopy':
        noCopy = value === undefined || value === 'true' || value === '1';
        break;
      case 'bind-propagation':
      case 'consistency':
      case 'volume-driver':
      case 'volume-opt':
      case 'volume-label':
      case 'tmpfs-size':
      case 'tmpfs-mode':
      case 'bind-recursive':
      case 'volume-subpath':
        break;
      default:
        if (eq < 0) return bad(`invalid field '${field}' must be a key=value pair`);
        return bad(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (type !== 'volume' && type !== 'bind' && type !== 'tmpfs')
    return bad(`invalid mount type: ${type}`);
  if (target === '') return bad('target is required');
  if (type === 'bind' && source === '')
    return {
      ok: false,
      message: `Error response from daemon: invalid mount config for type "bind": field Source must not be empty`,
    };
  if (type === 'bind')
    return {
      ok: true,
      mount: { type: 'bind', source: absolutize(source, cwd, home), target, readOnly },
    };
  if (type === 'tmpfs') return { ok: true, mount: { type: 'tmpfs', source: '', target, readOnly } };
  return {
    ok: true,
    mount: { type: 'volume', source, target, readOnly, ...(noCopy ? { noCopy } : {}) },
  };
}

export function parseMounts(
  volumes: string[],
  mounts: string[],
  cwd: string,
  home: string,
): Parsed {
  const out: MountSpec[] = [];
  for (const v of volumes) {
    const r = parseVolumeFlag(v, cwd, home);
    if (!r.ok) return r;
    out.push(r.mount);
  }
  for (const m of mounts) {
    const r = parseMountFlag(m, cwd, home);
    if (!r.ok) return r;
    out.push(r.mount);
  }
  return { ok: true, mounts: out };
}
