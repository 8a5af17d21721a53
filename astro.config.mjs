// Site configuration: Starlight in French, the course pipeline, and build-time hosting options.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { courseMarkdown } from './src/course/markdown-plugin.ts';
import { indexCourse } from './src/course/course-files.ts';
import { basePath, courseRoots } from './src/course/settings.ts';
import { courseSidebar } from './src/course/sidebar.ts';
import { fr } from './src/i18n/fr.ts';
import { terminalPreload } from './scripts/terminal-preload.ts';

// BASE_PATH=/cours/ builds the site for hosting under that sub-path (read at build time).
const base = basePath();
// COURSE_EXTRA_DIR adds a folder of course files (the tests' fixture course); OUT_DIR moves the build.
const roots = courseRoots();

const outDir = process.env.OUT_DIR || 'dist';

export default defineConfig({
  base,
  outDir: `./${outDir}`,
  // A second build (the tests' fixture build) keeps its own content cache.
  cacheDir: `./node_modules/.astro${outDir === 'dist' ? '' : `-${outDir.replace(/[^\w]+/g, '-')}`}`,
  trailingSlash: 'ignore',
  vite: {
    resolve: {
      // just-bash's browser bundle imports node:zlib for its gzip commands only.
      alias: {
        'node:zlib': fileURLToPath(new URL('./src/terminal/zlib-stub.ts', import.meta.url)),
      },
    },
  },
  markdown: {
    processor: satteri({
      // The author's typography is kept as written: no curly quotes or ellipses added.
      features: { smartPunctuation: false },
      mdastPlugins: [courseMarkdown({ roots, base })],
    }),
  },
  integrations: [
    starlight({
      title: fr['site.titre'],
      description: fr['site.description'],
      defaultLocale: 'root',
      locales: { root: { label: 'Français', lang: 'fr' } },
      sidebar: courseSidebar(indexCourse(roots)),
      customCss: ['./src/styles/course.css'],
      components: {
        Search: './src/components/Search.astro',
        Pagination: './src/components/Pagination.astro',
        Sidebar: './src/components/Sidebar.astro',
      },
      markdown: { processedDirs: roots.slice(1) },
      lastUpdated: false,
      credits: false,
    }),
    terminalPreload(),
  ],
});
