// Image references parsed as distribution/reference's ParseNormalizedNamed does (docker.io/library defaults).
import type { EngineError } from './errors.ts';

export interface ImageReference {
  /** "docker.io" unless the first path component looks like a host. */
  domain: string;
  /** Path in the registry: "library/nginx". */
  path: string;
  /** Tag, "latest" when neither tag nor digest was given. */
  tag: string;
  digest?: string;
  /** Whether the user gave a tag (for "Using default tag: latest"). */
  tagGiven: boolean;
  /** Short familiar repository: "nginx", "monuser/app", "127.0.0.1:5000/library/app". */
  familiar: string;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const NAME = `(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*`;
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const HEX64 = /^[a-f0-9]{64}$/;

type RefResult = { ok: true; ref: ImageReference } | { ok: false; error: EngineError };

function splitDomain(name: string): { domain: string; remainder: string } {
  const i = name.indexOf('/');
  const first = i === -1 ? '' : name.slice(0, i);
  if (i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    const remainder = i === -1 ? `library/${name}` : name;
    return { domain: 'docker.io', remainder };
  }
  const domain = first === 'index.docker.io' ? 'docker.io' : first;
  let remainder = name.slice(i + 1);
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return { domain, remainder };
}

export function parseImageReference(raw: string): RefResult {
  const invalid = (
    reason: 'format' | 'uppercase' | 'empty' | 'too-long' | 'hex-repository',
    repository?: string,
  ): RefResult => ({
    ok: false,
    error: {
      code: 'INVALID_REFERENCE',
      ref: raw,
      reason,
      ...(repository !== undefined ? { repository } : {}),
    },
  });
  if (HEX64.test(raw)) return invalid('hex-repository');
  const { domain, remainder } = splitDomain(raw);
  const tagSep = remainder.indexOf(':');
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) return invalid('uppercase', remote);
  const full = `${domain}/${remainder}`;
  const m = REFERENCE.exec(full);
  if (raw === '') return invalid('empty');
  if (!m) return invalid('format');
  const name = m[1] ?? '';
  if (name.length > 255) return invalid('too-long');
  const path = name.slice(domain.length + 1);
  const tag = m[2];
  const digest = m[3];
  let familiar = path;
  if (domain === 'docker.io') {
    if (path.startsWith('library/') && path.split('/').length === 2)
      familiar = path.slice('library/'.length);
  } else familiar = `${domain}/${path}`;
  return {
    ok: true,
    ref: {
      domain,
      path,
      tag: tag ?? 'latest',
      ...(digest !== undefined ? { digest } : {}),
      tagGiven: tag !== undefined,
      familiar,
    },
  };
}

/** "nginx:latest" — the key of `EngineState.tags`. */
export function tagKey(ref: ImageReference): string {
  return `${ref.familiar}:${ref.tag}`;
}
