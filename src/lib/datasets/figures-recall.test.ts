// Recall of `findFigures` on the figures the site already publishes from the seeds: every number cell of
// data/datasets/*.csv (with its row's source sentence) and every row of data/plans/*/actuals.csv (with its
// quote). A published figure counts as found when the figures of its seed include the same value, in a
// compatible unit, in the same sentence.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SEEDS, seedPath } from '../../../tests/fixtures/import/seeds.ts';
import { findFigures, type Figure } from './figures.ts';
import { readText } from '../documents/text.ts';

const ROOT = join(import.meta.dirname, '../../..');
const MIN_RECALL = 0.9;

interface Published {
  where: string;
  document: string;
  number: number;
  unit: string;
  sentence: string;
}

const toNumber = (s: string) =>
  Number(
    s
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/[,%％]/g, '')
      .replace(/．/g, '.'),
  );
const numbersIn = (s: string) =>
  [...s.matchAll(/[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?/g)].map((m) => toNumber(m[0]));
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

/** The published figures whose value is written in their source sentence (derived values are left out). */
function published(): { kept: Published[]; derived: number } {
  const kept: Published[] = [];
  let derived = 0;
  const add = (p: Published) => (numbersIn(p.sentence).includes(p.number) ? kept.push(p) : derived++);
  const dir = join(ROOT, 'data/datasets');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const meta = parse(readFileSync(join(dir, f), 'utf8')) as {
      source: { document: string | string[] };
      columns: { name: string; type: string; unit?: string; role?: string }[];
    };
    const sentenceCol = meta.columns.find((c) => c.role === 'sentence')!.name;
    const docCol = meta.columns.find((c) => c.role === 'document')?.name;
    const docs = [meta.source.document].flat().map(String);
    csv(join(dir, f.replace(/\.yaml$/, '.csv'))).forEach((row, i) => {
      for (const c of meta.columns.filter((c) => ['integer', 'decimal', 'percent'].includes(c.type))) {
        const cell = row[c.name]?.trim();
        if (!cell) continue;
        const document = docCol ? row[docCol]!.padStart(3, '0') : docs[0]!;
        add({
          where: `${f} 第 ${i + 2} 行 ${c.name}`,
          document,
          number: toNumber(cell),
          unit: c.type === 'percent' ? '%' : (c.unit ?? ''),
          sentence: row[sentenceCol]!,
        });
      }
    });
  }
  for (const plan of readdirSync(join(ROOT, 'data/plans'))) {
    const file = join(ROOT, 'data/plans', plan, 'actuals.csv');
    if (!existsSync(file)) continue;
    csv(file).forEach((row, i) => {
      const unit = row.text!.replace(/^[^0-9０-９]*[0-9０-９.,]+/, '');
      add({
        where: `plans/${plan}/actuals.csv 第 ${i + 2} 行`,
        document: row.document!.padStart(3, '0'),
        number: toNumber(row.value!),
        unit,
        sentence: row.quote!,
      });
    });
  }
  return { kept, derived };
}

const SAME_UNIT = [
  ['人', '名'],
  ['%', '％'],
];
const compatible = (a: string, b: string) => a === b || SAME_UNIT.some((g) => g.includes(a) && g.includes(b));
const squash = (s: string) => s.replace(/\s+/g, '');

/** The figure stands in the published sentence: its value with the six characters before or after it occur there. */
function sameSentence(f: Figure, sentence: string): boolean {
  const s = squash(f.sentence);
  const target = squash(sentence);
  for (let i = s.indexOf(f.value); i >= 0; i = s.indexOf(f.value, i + 1)) {
    const end = i + f.value.length;
    if (target.includes(s.slice(Math.max(0, i - 6), end)) || target.includes(s.slice(i, end + 6))) return true;
  }
  return false;
}

describe('findFigures recall on the published seed figures', () => {
  const { kept, derived } = published();
  const figures = new Map(
    Object.entries(SEEDS).map(([id]) => [
      id,
      findFigures(readText(readFileSync(seedPath(id as keyof typeof SEEDS)), `${id}.txt`)),
    ]),
  );
  const missed = kept.filter(
    (p) =>
      !(figures.get(p.document) ?? []).some(
        (f) => f.number === p.number && compatible(f.unit, p.unit) && sameSentence(f, p.sentence),
      ),
  );
  const recall = (kept.length - missed.length) / kept.length;

  it(`finds at least ${MIN_RECALL * 100}% of them`, () => {
    console.log(
      `figures recall: ${kept.length - missed.length}/${kept.length} = ${recall.toFixed(3)} (${derived} published values not written in their sentence left out)` +
        missed.map((m) => `\n  missed: ${m.where} ${m.number}${m.unit} — ${m.sentence.slice(0, 40)}`).join(''),
    );
    expect(kept.length).toBeGreaterThan(50);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
