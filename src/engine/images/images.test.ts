// The image store through the engine's API: pulls (shared layers), rmi conflicts, tags, history, commit, df.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index.ts';

const fresh = (tags: string[] = []) => createEngine({ presentTags: tags, seed: 3 });

describe('pulls', () => {
  it('plans a pull, marks shared layers present, and stores image and tag when done', () => {
    const e = fresh(['nginx:latest']);
    const plan = e.images.planPull('redis');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.upToDate).toBe(false);
    expect(plan.value.layers[0]?.present).toBe(true);
    expect(plan.value.layers.slice(1).every((l) => !l.present)).toBe(true);
    const { steps } = e.images.pullTimeline(plan.value);
    expect(steps[0]?.status).toBe('Already exists');
    expect(steps.filter((s) => s.status === 'Pull complete')).toHaveLength(
      plan.value.layers.length - 1,
    );
    expect(steps.filter((s) => s.status === 'Waiting').length).toBeGreaterThan(0);
    expect(e.findImage('redis')).toBeUndefined();
    expect(e.images.completePull(plan.value).ok).toBe(true);
    expect(e.findImage('redis:latest')?.image.id).toBe(plan.value.imageId);
    const again = e.images.planPull('redis');
    expect(again.ok && again.value.upToDate).toBe(true);
  });

  it("answers with Docker Hub's refusals", () => {
    const e = fresh();
    const missing = e.images.planPull('imageinexistante');
    expect(!missing.ok && missing.error).toEqual({
      code: 'PULL_ACCESS_DENIED',
      repository: 'imageinexistante',
    });
    const tag = e.images.planPull('nginx:9.9.9');
    expect(!tag.ok && tag.error).toEqual({ code: 'MANIFEST_UNKNOWN', ref: 'nginx:9.9.9' });
  });
});

describe('rmi', () => {
  it('untags one of several tags, deletes the last one with its own layers only', () => {
    const e = fresh(['nginx:latest', 'redis:latest']);
    expect(e.images.tag('nginx', 'monnginx:v2').ok).toBe(true);
    const untag = e.images.remove('monnginx:v2', { force: false, prune: true });
    expect(untag.ok && untag.value).toEqual([{ untagged: 'monnginx:v2' }]);
    const layersBefore = Object.keys(e.state.layers).length;
    const r = e.images.remove('redis', { force: false, prune: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]).toEqual({ untagged: 'redis:latest' });
    const deleted = r.value.filter((l) => 'deleted' in l);
    // The image, then its five own layers; the Debian base stays for nginx.
    expect(deleted).toHaveLength(6);
    expect(Object.keys(e.state.layers)).toHaveLength(layersBefore - 5);
  });

  it('refuses while containers use the image, as the daemon words it', () => {
    const e = fresh(['ubuntu:latest', 'ubuntu:24.04']);
    const c = e.create({ image: 'ubuntu', cmd: ['sleep', '3600'] });
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    e.start(c.value.id);
    const byId = e.images.remove(e.state.tags['ubuntu:latest'] as string, {
      force: true,
      prune: true,
    });
    expect(!byId.ok && byId.error.code === 'IMAGE_CONFLICT' && byId.error.message).toMatch(
      /^conflict: unable to delete [0-9a-f]{12} \(cannot be forced\) - image is being used by running container [0-9a-f]{12}$/,
    );
    e.images.remove('ubuntu:24.04', { force: false, prune: true });
    const last = e.images.remove('ubuntu', { force: false, prune: true });
    expect(!last.ok && last.error.code === 'IMAGE_CONFLICT' && last.error.message).toMatch(
      /^conflict: unable to remove repository reference "ubuntu" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}$/,
    );
    const missing = e.images.remove('inexistante', { force: false, prune: true });
    expect(!missing.ok && missing.error).toEqual({
      code: 'NO_SUCH_IMAGE',
      ref: 'inexistante:latest',
    });
  });
});

describe('commit and history', () => {
  it('turns the R/W layer into a layer of a new image that runs with the files', () => {
    const e = fresh(['ubuntu:latest']);
    const c = e.create({ image: 'ubuntu', cmd: ['sleep', '3600'] });
    if (!c.ok) throw new Error('create');
    e.start(c.value.id);
    const v = e.fs.view(c.value.id);
    if (!v.ok) throw new Error('view');
    v.value.fs.put('/etc/monfichier', {
      kind: 'file',
      content: 'bonjour\n',
      mode: 0o644,
      uid: 0,
      gid: 0,
      mtime: 0,
    });
    const img = e.images.commit(c.value.id, { reference: 'monimage:v1' });
    expect(img.ok).toBe(true);
    const rows = e.images.history('monimage:v1');
    if (!rows.ok || !img.ok) throw new Error('history');
    expect(rows.value[0]).toMatchObject({
      id: img.value.id,
      entry: { createdBy: 'sleep 3600', size: 8 },
    });
    expect(rows.value[1]?.id).toBe(e.state.tags['ubuntu:latest']);
    const c2 = e.create({ image: 'monimage:v1', cmd: ['sleep', '1'] });
    if (!c2.ok) throw new Error('create 2');
    const v2 = e.fs.view(c2.value.id);
    expect(v2.ok && v2.value.fs.get('/etc/monfichier')?.entry).toMatchObject({
      content: 'bonjour\n',
    });
    expect(e.fs.diff(c2.value.id)).toEqual({ ok: true, value: [] });
  });

  it('counts shared layers once in system df', () => {
    const e = fresh(['nginx:latest', 'redis:latest']);
    const du = e.images.diskUsage();
    const nginx = e.findImage('nginx')?.image.size ?? 0;
    const redis = e.findImage('redis')?.image.size ?? 0;
    expect(du.images.total).toBe(2);
    expect(du.images.size).toBeLessThan(nginx + redis);
    expect(du.images.reclaimable).toBe(du.images.size);
  });
});
