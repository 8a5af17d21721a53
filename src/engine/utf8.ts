// The UTF-8 size of a string, without TextEncoder (the engine runs with no DOM or Node types).

/** Bytes of `s` in UTF-8: what Content-Length and file sizes count. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
