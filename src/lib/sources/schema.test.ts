import { describe, expect, it } from 'vitest';
import { sourceDocumentSchema } from './schema.ts';
import { dateLabel, figuresByKind, type SourcedFigure } from './figures.ts';

const valid = {
  id: '003',
  title: '丽水市残疾人事业发展“十四五”规划',
  publisher: { org: 'lishui', name: '丽水市残疾人联合会' },
  date: '2021-12-16',
  kind: '发展规划',
  file: 'sources/seeds/003_a1e747283835999b.txt',
};

describe('source document schema', () => {
  it('accepts a register entry and pads an unquoted number', () => {
    expect(sourceDocumentSchema.parse(valid).id).toBe('003');
    expect(sourceDocumentSchema.parse({ ...valid, id: 3 }).id).toBe('003');
  });

  it('needs either the date the document states or the years it covers', () => {
    const { date: _, ...undated } = valid;
    expect(sourceDocumentSchema.safeParse(undated).success).toBe(false);
    expect(sourceDocumentSchema.safeParse({ ...undated, years: [2020] }).success).toBe(true);
  });

  it.each(['../sources/x.txt', 'seeds/x.txt', 'sources/../x.txt', 'sources/.hidden', 'sources\\x.txt', 'sources/'])(
    'rejects the kept-file path %s',
    (file) => expect(sourceDocumentSchema.safeParse({ ...valid, file }).success).toBe(false),
  );

  it('rejects an unknown kind, a script URL and unknown fields', () => {
    expect(sourceDocumentSchema.safeParse({ ...valid, kind: '总结' }).success).toBe(false);
    expect(sourceDocumentSchema.safeParse({ ...valid, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(sourceDocumentSchema.safeParse({ ...valid, author: '某人' }).success).toBe(false);
  });
});

describe('how a source page dates a document', () => {
  it('gives the stated date, or says there is none with the years covered', () => {
    expect(dateLabel({ date: '2021-12-16' })).toBe('2021年12月16日');
    expect(dateLabel({ years: [2021, 2020] })).toBe('原文未注明日期（内容涉及2020—2021年）');
    expect(dateLabel({ years: [2023] })).toBe('原文未注明日期（内容涉及2023年）');
  });
});

describe('figures by kind', () => {
  it('keeps the kinds in page order and leaves out empty ones', () => {
    const f = (kind: SourcedFigure['kind'], anchor: string): SourcedFigure => ({
      anchor,
      document: '004',
      kind,
      what: anchor,
      values: [],
      page: { url: '/', title: '' },
      quote: 'q',
    });
    const groups = figuresByKind([f('guide', 'g'), f('dataset-row', 'd1'), f('dataset-row', 'd2')]);
    expect(groups.map((g) => [g.kind, g.figures.map((x) => x.anchor)])).toEqual([
      ['dataset-row', ['d1', 'd2']],
      ['guide', ['g']],
    ]);
  });
});
