// Deterministic pseudo-random source whose whole state is one 32-bit number kept in EngineState.rng.
import type { EngineState } from './types.ts';

/** Mulberry32 step: returns a float in [0, 1) and advances `state.rng`. */
export function nextRandom(state: EngineState): number {
  let t = (state.rng + 0x6d2b79f5) >>> 0;
  state.rng = t;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [0, max). */
export function randomInt(state: EngineState, max: number): number {
  return Math.floor(nextRandom(state) * max);
}

/** `length` lowercase hex digits. */
export function randomHex(state: EngineState, length: number): string {
  let out = '';
  while (out.length < length) {
    out += Math.floor(nextRandom(state) * 0x10000)
      .toString(16)
      .padStart(4, '0');
  }
  return out.slice(0, length);
}

/** A 64-hex ID such as Docker gives containers, never all digits (Docker avoids those too). */
export function randomId(state: EngineState): string {
  for (;;) {
    const id = randomHex(state, 64);
    // moby's stringid.GenerateRandomID retries IDs whose short form parses as a number.
    if (!/^\d+$/.test(id.slice(0, 12))) return id;
  }
}

/** A locally administered unicast MAC address, as Docker 28 generates for endpoints. */
export function randomMac(state: EngineState): string {
  const bytes: number[] = [];
  for (let i = 0; i < 6; i++) bytes.push(randomInt(state, 256));
  bytes[0] = ((bytes[0] ?? 0) & 0xfe) | 0x02;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** A stable pseudo-digest derived from a text: used for catalogue data, not for security. */
export function derivedHex(seed: string, length = 64): string {
  let h1 = 0x811c9dc5;
  let out = '';
  let round = 0;
  while (out.length < length) {
    let h = h1 ^ round;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    h ^= h >>> 15;
    out += (h >>> 0).toString(16).padStart(8, '0');
    h1 = h;
    round++;
  }
  return out.slice(0, length);
}
