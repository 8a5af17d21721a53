// Figures of a harness run: overall, per section and per target group, and the report lines.
import type { RecordResult } from './harness.ts';
import { TARGETS, type TargetGroup } from './records.ts';

export interface Figure {
  matched: number;
  scored: number;
}

export interface Summary {
  total: Figure;
  /** "file:section" → figure. */
  sections: Record<string, Figure>;
  targets: Record<string, Figure & { label: string; goal: number }>;
}

const fileName = (path: string) => path.split('/').pop() ?? path;

function inGroup(group: TargetGroup, r: RecordResult): boolean {
  return fileName(r.file) === group.file && r.mode === 'pipe' && group.sections.includes(r.section);
}

export function summarize(results: RecordResult[]): Summary {
  const total: Figure = { matched: 0, scored: 0 };
  const sections: Record<string, Figure> = {};
  const targets: Summary['targets'] = {};
  for (const g of TARGETS) targets[g.key] = { matched: 0, scored: 0, label: g.label, goal: g.goal };
  for (const r of results) {
    if (r.match === null) continue;
    const key = `${fileName(r.file).replace('.jsonl', '')}:${r.section}`;
    const s = (sections[key] ??= { matched: 0, scored: 0 });
    for (const f of [
      total,
      s,
      ...TARGETS.filter((g) => inGroup(g, r)).map((g) => targets[g.key] as Figure),
    ]) {
      f.scored++;
      if (r.match) f.matched++;
    }
  }
  return { total, sections, targets };
}

export const percent = (f: Figure) => (f.scored === 0 ? 100 : (100 * f.matched) / f.scored);

export function report(results: RecordResult[], summary: Summary): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.match !== false) continue;
    const diff = (r.diff ?? '')
      .split('\n')
      .map((l) => '    ' + l)
      .join('\n');
    lines.push(`✗ ${r.id} [${fileName(r.file)} ${r.section}]\n${diff}`);
  }
  lines.push(`fidelity: ${summary.total.matched}/${summary.total.scored} records match`);
  lines.push('par section :');
  for (const [key, f] of Object.entries(summary.sections)) {
    lines.push(
      `  ${key.padEnd(24)} ${String(f.matched).padStart(3)}/${String(f.scored).padEnd(3)} ${percent(f).toFixed(1)} %`,
    );
  }
  lines.push('cibles :');
  for (const t of Object.values(summary.targets)) {
    lines.push(
      `  ${t.label.padEnd(50)} ${t.matched}/${t.scored} = ${percent(t).toFixed(1)} % (objectif ${t.goal * 100} %)`,
    );
  }
  return lines.join('\n') + '\n';
}
