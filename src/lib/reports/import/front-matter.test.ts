import { describe, expect, it } from 'vitest';
import { parseMarkdownSource } from '../../core/frontmatter.ts';
import { frontMatter } from './front-matter.ts';

const meta = {
  title: '丽水市残疾人事业发展“十四五”规划',
  published: '2026-11-23',
  org: 'lishui',
  year: 2021,
  endYear: 2025,
  kind: 'five-year-plan' as const,
  summary: '进一步推进“十四五”时期全市残疾人事业现代化进程,根据……等,制定本规划。',
  source: {
    title: '丽水市残疾人事业发展“十四五”规划',
    publisher: '丽水市残疾人联合会',
    published: '2021-12-16',
    file: '003_a1e747283835999b.txt',
  },
};

describe('frontMatter', () => {
  it('writes the fields in order and reads back the same data', () => {
    const fm = frontMatter(meta);
    expect(fm).toBe(
      [
        '---',
        'title: 丽水市残疾人事业发展“十四五”规划',
        'published: 2026-11-23',
        'org: lishui',
        'year: 2021',
        'endYear: 2025',
        'kind: five-year-plan',
        'summary: 进一步推进“十四五”时期全市残疾人事业现代化进程,根据……等,制定本规划。',
        'source:',
        '  title: 丽水市残疾人事业发展“十四五”规划',
        '  publisher: 丽水市残疾人联合会',
        '  published: 2021-12-16',
        '  file: 003_a1e747283835999b.txt',
        '---',
        '',
      ].join('\n'),
    );
    const parsed = parseMarkdownSource(`${fm}\n正文。\n`, 'x.md');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toMatchObject({ org: 'lishui', year: 2021, source: { file: '003_a1e747283835999b.txt' } });
  });

  it('leaves out optional fields that are not known', () => {
    const fm = frontMatter({
      ...meta,
      endYear: undefined,
      summary: undefined,
      kind: 'summary',
      source: { ...meta.source, published: undefined },
    });
    expect(fm).not.toMatch(/endYear|summary:| {2}published/);
  });

  it('quotes text that YAML would misread', () => {
    const fm = frontMatter({ ...meta, title: '2021: 计划 #1' });
    expect(parseMarkdownSource(`${fm}\n正文\n`, 'x.md').data).toMatchObject({ title: '2021: 计划 #1' });
  });

  it('refuses data the report schema rejects', () => {
    expect(() => frontMatter({ ...meta, endYear: 2020 })).toThrow();
  });
});
