// End-to-end check of the loader inside a real build: a course file without a `# ` title stops the
// build with the French message naming the file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Inside the project (content folders must be) but out of git's and the type checker's way.
const DIR = 'node_modules/.cache/cours-sans-titre';

describe('astro build', () => {
  it('fails in French on a course file without a `# ` title', () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(`${DIR}/09-essai`, { recursive: true });
    writeFileSync(
      `${DIR}/09-essai/01-sans-titre.md`,
      '## Un sous-titre\n\nPas de titre de niveau 1.\n',
    );
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        COURSE_EXTRA_DIR: DIR,
        OUT_DIR: `${DIR}/dist`,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    rmSync(DIR, { recursive: true, force: true });
    rmSync('node_modules/.astro-node_modules-cache-cours-sans-titre-dist', {
      recursive: true,
      force: true,
    });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain(
      `Le fichier de cours « ${DIR}/09-essai/01-sans-titre.md » n'a pas de titre.`,
    );
  });
});
