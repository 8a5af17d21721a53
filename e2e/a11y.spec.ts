// Accessibility: axe on every built page of both builds, in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, SITES, test, type Theme } from './fixtures/course-site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

for (const site of [SITES.main, SITES.fixture]) {
  for (const theme of ['light', 'dark'] as Theme[]) {
    for (const path of builtPages(site)) {
      test(`axe: ${site.name} /${path} (${theme})`, async ({ page, course, fixtureCourse }) => {
        const target = site.name === 'main' ? course : fixtureCourse;
        await target.useTheme(theme);
        await target.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Pages with terminals are checked once each terminal is live (xterm's own markup included).
        for (const terminal of await page.locator('[data-terminal]').all()) {
          await terminal.scrollIntoViewIfNeeded();
          await expect(terminal).toHaveAttribute('data-ready', '', { timeout: 20_000 });
        }
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map((v) => ({
          id: v.id,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        }));
        expect(summary).toEqual([]);
      });
    }
  }
}
