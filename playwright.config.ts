// Browser tests: Chromium against the built site (dist/, built by `npm run build`) and against a
// second build with the fixture course under the sub-path /cours/ (built here, kept in node_modules/.cache).
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium.ts';
import { SITES } from './e2e/fixtures/sites.ts';

const node = JSON.stringify(process.execPath);
const astro = 'node_modules/astro/bin/astro.mjs';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    ...devices['Desktop Chrome'],
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `${node} e2e/static-server.mjs --dir ${SITES.main.dir} --base ${SITES.main.base} --port ${SITES.main.port}`,
      url: `${SITES.main.origin}${SITES.main.base}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The fixture course is added to the content folder of a separate build, as if dropped in.
      command:
        `${node} ${astro} build --silent && ` +
        `${node} e2e/static-server.mjs --dir ${SITES.fixture.dir} --base ${SITES.fixture.base} --port ${SITES.fixture.port}`,
      env: {
        COURSE_EXTRA_DIR: 'tests/fixtures/course',
        BASE_PATH: SITES.fixture.base,
        OUT_DIR: SITES.fixture.dir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      url: `${SITES.fixture.origin}${SITES.fixture.base}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
