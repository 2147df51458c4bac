// The project's own register against what the site cites: every document named anywhere is registered, and the
// source pages list the figures the pages show (the browser test checks the built pages; this checks the data).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { allSourceDocuments, figuresOfSource, sourceDocument, sourceOfFile } from './sources.ts';

describe('the register of source documents', () => {
  it('registers the five seed documents with their kept files', () => {
    const docs = allSourceDocuments();
    expect(docs.map((d) => d.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const d of docs) expect(existsSync(d.file), d.file).toBe(true);
  });

  it('dates 003 as the document does and says the others state no date', () => {
    expect(sourceDocument('003')?.dateText).toBe('2021年12月16日');
    expect(sourceDocument('004')?.dateText).toMatch(/^原文未注明日期/);
    expect(sourceDocument('999')).toBeUndefined();
  });

  it('finds a document by the kept file a report was imported from', () => {
    expect(sourceOfFile('004_8ffbfc9c4165cab2.txt')?.id).toBe('004');
  });

  it('lists figures of every kind the site takes, with unique anchors', () => {
    const all = allSourceDocuments().flatMap((d) => figuresOfSource(d.id));
    const kinds = new Set(all.map((f) => f.kind));
    for (const k of ['dataset-row', 'indicator', 'actual', 'guide']) expect(kinds.has(k as never), k).toBe(true);
    expect(new Set(all.map((f) => f.anchor)).size).toBe(all.length);
    const nursing = figuresOfSource('003').find(
      (f) => f.anchor === 'i-lishui-2021-2025-nursing-subsidy-coverage-baseline-2020',
    );
    expect(nursing?.values[0]?.value).toBe('98');
    expect(nursing?.quote).toContain('重度残疾人护理补贴覆盖率');
  });
});
