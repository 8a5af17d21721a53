// `npm run replay -- FILE.sh [--columns N] [--rows N] [--expect FILE]`: plays a script as a person at a terminal.
import { readFileSync } from 'node:fs';
import { replay } from '../src/shell/replay.ts';
import { firstDifference } from './fidelity/diff.ts';

function usage(message?: string): never {
  if (message) process.stderr.write(`replay : ${message}\n`);
  process.stderr.write(
    'usage : npm run replay -- FICHIER.sh [--columns N] [--rows N] [--expect TRANSCRIPT]\n',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let expectFile: string | undefined;
let columns = 100;
let rows = 30;
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  const value = () => args[++i] ?? usage(`${a} demande une valeur`);
  if (a === '--columns') columns = Number(value());
  else if (a === '--rows') rows = Number(value());
  else if (a === '--expect') expectFile = value();
  else if (a.startsWith('-')) usage(`option inconnue : ${a}`);
  else file = a;
}
if (!file) usage();
let source: string;
try {
  source = readFileSync(file, 'utf8');
} catch {
  usage(`impossible de lire ${file}`);
}

const screen = await replay(source, {
  columns,
  rows,
  onOutput: expectFile ? undefined : (text) => process.stdout.write(text),
});
if (expectFile) {
  const expected = readFileSync(expectFile, 'utf8');
  if (expected === screen) {
    process.stdout.write(`replay : ${file} donne exactement ${expectFile}\n`);
  } else {
    process.stdout.write(screen);
    process.stderr.write(
      `replay : ${file} diffère de ${expectFile}\n${firstDifference(expected, screen)}\n`,
    );
    process.exitCode = 1;
  }
}
