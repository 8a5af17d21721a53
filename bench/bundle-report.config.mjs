// Astro config for `npm run bench:bundle`: the site's own config plus a report of what each browser chunk holds.
// Writes .bench/bundle-report.json: each chunk file, its gzip size and its modules (rendered and gzip sizes).
// Usage: npm run bench:bundle (a full build into dist/, or OUT_DIR=…)
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import config from '../astro.config.mjs';

/** @returns {import('vite').Plugin} */
function bundleReport() {
  return {
    name: 'cours-bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules = Object.entries(chunk.modules)
          .map(([id, info]) => ({
            id: id.replace(process.cwd() + '/', ''),
            size: info.renderedLength,
            // Gzip of the module alone: an upper bound of what it adds to its chunk.
            gzip: info.code ? gzipSync(info.code, { level: 9 }).length : 0,
          }))
          .filter((m) => m.size > 0)
          .sort((a, b) => b.size - a.size);
        chunks.push({
          file: chunk.fileName,
          size: chunk.code.length,
          gzip: gzipSync(chunk.code, { level: 9 }).length,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules,
        });
      }
      if (!chunks.some((c) => c.file.startsWith('_astro/'))) return;
      mkdirSync('.bench', { recursive: true });
      writeFileSync('.bench/bundle-report.json', JSON.stringify(chunks, null, 1));
    },
  };
}

export default {
  ...config,
  vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), bundleReport()] },
};
