// `npm run fidelity -- [--json] [FILE.jsonl ...]`: replays reference records through the host shell and scores them.
import { DEFAULT_FILES } from './fidelity/records.ts';
import { runFile, type RecordResult } from './fidelity/harness.ts';
import { report, summarize } from './fidelity/summary.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => !a.startsWith('--'));
const results: RecordResult[] = [];
for (const file of files.length > 0 ? files : DEFAULT_FILES) results.push(...(await runFile(file)));
const summary = summarize(results);
if (json) {
  const records = results.map((r) => ({
    id: r.id,
    section: r.section,
    file: r.file.split('/').pop(),
    mode: r.mode,
    scoring: r.scoring,
    match: r.match,
    ...(r.diff ? { diff: r.diff } : {}),
  }));
  process.stdout.write(JSON.stringify({ summary, records }, null, 2) + '\n');
} else {
  process.stdout.write(report(results, summary));
}
