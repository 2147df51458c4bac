import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './yaml-source.ts';

describe('parseYamlSource', () => {
  const text = 'id: demo\nsource:\n  title: 标题\n  file: a.txt\nitems:\n  - name: 甲\n  - name: 乙\n';
  const src = parseYamlSource(text, 'data/x.yaml');
  it('parses data', () => {
    expect(src.problems).toEqual([]);
    expect(src.data).toEqual({
      id: 'demo',
      source: { title: '标题', file: 'a.txt' },
      items: [{ name: '甲' }, { name: '乙' }],
    });
  });
  it('finds the line of nested fields and list items', () => {
    expect(src.lineOf(['id'])).toBe(1);
    expect(src.lineOf(['source', 'file'])).toBe(4);
    expect(src.lineOf(['items', 1, 'name'])).toBe(7);
  });
  it('points a missing field at its nearest existing parent', () => {
    expect(src.lineOf(['source', 'published'])).toBe(2);
  });
  it('adds an offset for front matter', () => {
    expect(parseYamlSource('a: 1\nb: 2', 'f.md', 1).lineOf(['b'])).toBe(3);
  });
  it('reports duplicate keys in Chinese with the line', () => {
    const dup = parseYamlSource('id: a\nname: x\nid: b\n', 'data/x.yaml');
    expect(dup.problems).toEqual([
      {
        file: 'data/x.yaml',
        line: 3,
        field: '（格式）',
        problem: '同一个字段写了两次',
        fix: '删除重复的那一行，每个字段只写一次',
      },
    ]);
  });
  it('reads dates as text, not as Date objects', () => {
    expect(parseYamlSource('d: 2021-12-16', 'f').data).toEqual({ d: '2021-12-16' });
  });
  it('points an over-indented field at its own line, in front matter too', () => {
    const one = parseYamlSource('id: demo\nname: 示例市残联\n  shortName: 示例\n', 'data/orgs/demo.yaml');
    expect(one.problems.map((p) => [p.line, p.problem])).toEqual([
      [3, '这一行比上一行多缩进了 2 个空格，但上一行的字段已经写了内容'],
    ]);
    const fm = parseYamlSource('title: 报告\norg: demo\n\n    year: 2023\n', 'content/reports/demo/2023-summary.md', 1);
    expect(fm.problems.map((p) => [p.line, p.problem])).toEqual([
      [5, '这一行比上一行多缩进了 4 个空格，但上一行的字段已经写了内容'],
    ]);
  });
});

describe('YAML the reader accepts but officials never mean', () => {
  const problems = (text: string) => parseYamlSource(text, 'x.yaml').problems.map((p) => `${p.line} ${p.problem}`);
  it('rejects every explicit tag with one message at the line it is written on, and uses no data', () => {
    expect(problems('a: 1\nname: !ruby/object:Gem::Requirement\n  requirements: 示例\n')).toEqual([
      '2 用了以 ! 开头的 YAML 标记“!ruby/object:Gem::Requirement”，网站的文件里不能用这种标记',
    ]);
    expect(problems('title: !!js/function "function () {}"\n')).toEqual([
      '1 用了以 ! 开头的 YAML 标记“!!js/function”，网站的文件里不能用这种标记',
    ]);
    expect(problems('name: !!binary 56S6\nkey: !!set\n  ? 类别\n')).toEqual([
      '1 用了以 ! 开头的 YAML 标记“!!binary”，网站的文件里不能用这种标记',
      '2 用了以 ! 开头的 YAML 标记“!!set”，网站的文件里不能用这种标记',
    ]);
    expect(problems('year: !!str 2023\n')).toEqual(['1 用了以 ! 开头的 YAML 标记“!!str”，网站的文件里不能用这种标记']);
    const src = parseYamlSource('name: !!binary 56S6\n', 'x.yaml');
    expect(src.data).toBeUndefined();
    expect(src.problems[0]?.fix).toBe(
      '删除“!!binary”这个标记，只留下后面的内容（文字里本来就有 ! 开头时，请用英文引号把整段文字括起来）',
    );
  });

  it('keeps an exclamation mark inside text', () => {
    const src = parseYamlSource('title: 助残日快乐!\nnote: "!重要"\n', 'x.yaml');
    expect(src.problems).toEqual([]);
    expect(src.data).toEqual({ title: '助残日快乐!', note: '!重要' });
  });

  it('explains a second document and nesting too deep in Chinese, with no library codes', () => {
    expect(problems('name: 示例\n---\nwebsite: https://example.org/\n')).toEqual([
      '2 文件里有第二个 ---，从这里起是另一份内容，网站不会读取',
    ]);
    expect(problems(`name: ${'['.repeat(1500)}${']'.repeat(1500)}\n`)).toEqual(['1 一层套一层的层数太多，无法读取']);
  });
});
