// `npm run fidelity:check`: fails (exit 1) when a target group falls below the floor kept in tests/reference.
import { readFileSync } from 'node:fs';
import { DEFAULT_FILES, REFERENCE_DIR } from './fidelity/records.ts';
import { runFile, type RecordResult } from './fidelity/harness.ts';
import { percent, report, summarize } from './fidelity/summary.ts';

interface Floor {
  /** Target group key → minimum share of its scored records that must match, in percent. */
  targets: Record<string, number>;
}

const floor = JSON.parse(readFileSync(REFERENCE_DIR + 'fidelity-floor.json', 'utf8')) as Floor;
const results: RecordResult[] = [];
for (const file of DEFAULT_FILES) results.push(...(await runFile(file)));
const summary = summarize(results);
process.stdout.write(report(results, summary));
let failed = false;
for (const [key, min] of Object.entries(floor.targets)) {
  const t = summary.targets[key];
  const got = t ? percent(t) : 0;
  if (got + 1e-9 < min) {
    failed = true;
    process.stderr.write(
      `fidelity:check : ${key} à ${got.toFixed(1)} %, sous le plancher de ${min} %\n`,
    );
  } else
    process.stdout.write(`fidelity:check : ${key} à ${got.toFixed(1)} % (plancher ${min} %)\n`);
}
process.exitCode = failed ? 1 : 0;
