import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SOURCE_KEY, yamlFromFile, yamlToFile } from './yaml-keep.ts';

/** What Decap does between reading and writing: the entry's values, changed by `edit`, with the kept text. */
function saved(text: string, edit: (d: Record<string, unknown>) => void): string {
  const data = structuredClone(yamlFromFile(text));
  edit(data);
  return yamlToFile(data);
}

const ORG = readFileSync('data/orgs/xx-district.yaml', 'utf8');

describe('the editor YAML format that keeps comments', () => {
  it('keeps the text it read beside the values, and writes it back unchanged when nothing changed', () => {
    const data = yamlFromFile(ORG);
    expect(data[SOURCE_KEY]).toBe(ORG);
    expect(data.id).toBe('xx-district');
    expect(saved(ORG, () => undefined)).toBe(ORG);
  });

  it('changes a value in place: the comment and every other line stay as they were', () => {
    const out = saved(ORG, (d) => (d.shortName = 'XX区残联（修订）'));
    expect(out).toContain('# 原文件把区名匿名为“XX”，这里保持匿名，不要补全。');
    expect(out.split('\n').filter((l, i) => l !== ORG.split('\n')[i])).toEqual(['shortName: XX区残联（修订）']);
  });

  it('keeps the quoting of a changed value', () => {
    const text = '# 说明\ndocument: "004"\nnote: \'原句\'\n';
    expect(saved(text, (d) => ((d.document = '005'), (d.note = "它's")))).toBe(
      "# 说明\ndocument: \"005\"\nnote: '它''s'\n",
    );
  });

  it('writes an added item and field through the document, keeping comments', () => {
    const text = '# 机构的维护人\nid: a\nmaintainers:\n  # 第一位\n  - zhang\n';
    const out = saved(text, (d) => {
      (d.maintainers as string[]).push('li');
      d.name = '某残联';
    });
    expect(out).toContain('# 机构的维护人');
    expect(out).toContain('# 第一位');
    expect(parse(out)).toEqual({ id: 'a', maintainers: ['zhang', 'li'], name: '某残联' });
  });

  it('drops a removed field and undefined values, as the plain YAML would', () => {
    const text = 'id: a # 编号\ntitle: 标题\nsummary: 摘要\n';
    const out = saved(text, (d) => {
      delete d.summary;
      d.note = undefined;
    });
    expect(parse(out)).toEqual({ id: 'a', title: '标题' });
    expect(out).toContain('# 编号');
  });

  it('writes a value that needs several lines, and keeps flow maps of untouched items', () => {
    const text = 'title: 标题\nhighlights:\n  - { label: 甲, column: 人数 }\n';
    const out = saved(text, (d) => (d.title = '第一行\n第二行'));
    expect(parse(out)).toEqual({ title: '第一行\n第二行', highlights: [{ label: '甲', column: '人数' }] });
  });

  it('writes the plain YAML of a new entry (no text read)', () => {
    expect(yamlToFile({ id: 'new', year: 2024 })).toBe('id: new\nyear: 2024\n');
  });

  it('every committed YAML file the editor reads round-trips unchanged, and a changed title changes one line', () => {
    for (const file of [
      'data/site.yaml',
      'data/plans/lishui-2021-2025.yaml',
      'data/datasets/child-rehabilitation-2020.yaml',
    ]) {
      const text = readFileSync(file, 'utf8');
      expect(
        saved(text, () => undefined),
        file,
      ).toBe(text);
      const key = 'title' in (parse(text) as object) ? 'title' : 'name';
      const out = saved(text, (d) => (d[key] = `${d[key] as string}（修订）`));
      const changed = out.split('\n').filter((l, i) => l !== text.split('\n')[i]);
      expect(changed, file).toHaveLength(1);
      expect(changed[0], file).toMatch(/（修订）/);
    }
  });
});
