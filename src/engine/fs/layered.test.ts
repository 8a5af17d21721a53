// The layered filesystem: copy-up, whiteouts, opaque directories, diff, caps, and a layer that dies with its container.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index.ts';
import type { RealEntry } from '../index.ts';

const file = (content: string): RealEntry => ({
  kind: 'file',
  content,
  mode: 0o644,
  uid: 0,
  gid: 0,
  mtime: 1,
});
const dir = (): RealEntry => ({ kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 1 });

function container(image = 'ubuntu') {
  const e = createEngine({
    presentTags: ['ubuntu:latest', 'busybox:latest'],
    limits: { maxFileBytes: 1000, maxLayerBytes: 1500 },
  });
  const c = e.create({ image, cmd: ['sleep', '3600'] });
  if (!c.ok) throw new Error('create');
  e.start(c.value.id);
  const v = e.fs.view(c.value.id);
  if (!v.ok) throw new Error('view');
  return { e, id: c.value.id, fs: v.value.fs };
}

describe('layered filesystem', () => {
  it('reports A/C/D as docker diff does, deletions after additions in a directory', () => {
    const { e, id, fs } = container();
    fs.put('/test.txt', file(''));
    fs.put('/etc/monfichier', file('bonjour\n'));
    fs.remove('/etc/issue');
    const d = e.fs.diff(id);
    expect(d.ok && d.value.map((x) => `${x.kind} ${x.path}`)).toEqual([
      'C /etc',
      'A /etc/monfichier',
      'D /etc/issue',
      'A /test.txt',
    ]);
    expect(fs.get('/etc/issue')).toBeUndefined();
    expect(fs.list('/etc')).not.toContain('issue');
  });

  it('hides a removed directory and makes a re-created one opaque', () => {
    const { fs } = container();
    fs.remove('/usr/share');
    expect(fs.get('/usr/share/doc')).toBeUndefined();
    fs.put('/usr/share', dir());
    expect(fs.list('/usr/share')).toEqual([]);
    expect(fs.upper?.['/usr/share']?.kind).toBe('opaque');
  });

  it('follows symlinks of merged /usr (/bin -> usr/bin)', () => {
    const { fs } = container();
    expect(fs.get('/bin/ls')?.path).toBe('/usr/bin/ls');
    expect(fs.get('/etc/os-release')?.entry).toMatchObject({ kind: 'file' });
  });

  it('caps file and layer sizes', () => {
    const { fs } = container();
    expect(() => fs.put('/big', file('x'.repeat(1001)))).toThrow(/file too large/);
    fs.put('/a', file('x'.repeat(900)));
    expect(() => fs.put('/b', file('x'.repeat(900)))).toThrow(/no space/);
  });

  it('loses the layer with the container; the image is untouched', () => {
    const { e, id, fs } = container();
    fs.put('/test.txt', file(''));
    e.remove(id, { force: true });
    const c2 = e.create({ image: 'ubuntu', cmd: ['sleep', '1'] });
    if (!c2.ok) throw new Error('create');
    const v = e.fs.view(c2.value.id);
    expect(v.ok && v.value.fs.get('/test.txt')).toBeUndefined();
  });

  it('shows the container hostname in /etc/hostname without a diff entry', () => {
    const { e, id, fs } = container();
    expect(fs.get('/etc/hostname')?.entry).toMatchObject({ content: `${id.slice(0, 12)}\n` });
    expect(e.fs.diff(id)).toEqual({ ok: true, value: [] });
  });
});
