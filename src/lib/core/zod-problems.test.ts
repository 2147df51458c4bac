import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { msg } from './problem.ts';
import { formatPath, validateWithSchema } from './zod-problems.ts';

const schema = z
  .object({
    name: z.string().min(1),
    count: z.number(),
    kind: z.enum(['a', 'b']),
    items: z.array(z.object({ label: z.string() })),
    custom: z
      .string()
      .refine((s) => s.startsWith('x'), msg('要以 x 开头', '在前面加 x'))
      .optional(),
  })
  .strict();

const check = (data: unknown) => validateWithSchema(schema, data, 'f.yaml', (p) => p.length + 1).problems;

describe('validateWithSchema', () => {
  it('formats paths as written in files', () => {
    expect(formatPath(['materials', 2, 'name'])).toBe('materials[2].name');
    expect(formatPath([])).toBe('（整个文件）');
  });
  it('explains each kind of problem in Chinese with a fix', () => {
    const problems = check({ name: '', count: '3', kind: 'c', items: [{ label: 1 }], custom: 'y', extra: 1 });
    const byField = Object.fromEntries(problems.map((p) => [p.field, `${p.problem} — ${p.fix}`]));
    expect(byField['name']).toBe('不能为空 — 请填写 name');
    expect(byField['count']).toBe('应为数字，实际为文字“3” — 把 count 改为数字');
    expect(byField['kind']).toBe('取值“c”不在允许范围内 — 只能填写以下之一：a、b');
    expect(byField['items[0].label']).toBe('应为文字，实际为数字 1 — 把 items[0].label 改为文字');
    expect(byField['custom']).toBe('要以 x 开头 — 在前面加 x');
    expect(byField['extra']).toBe('有不认识的字段：extra — 检查字段名的拼写（区分大小写），或删除这些字段');
  });
  it('says a missing field is missing', () => {
    const p = check({ count: 1, kind: 'a', items: [] }).find((x) => x.field === 'name');
    expect(p).toMatchObject({ problem: '缺少必填字段', fix: '请添加 name（文字）', line: 2 });
  });
});

describe('field names with invisible characters', () => {
  it('spells the character out in the field column', () => {
    expect(formatPath(['na\u200bme'])).toBe('na〔U+200B（零宽空格）〕me');
    expect(formatPath(['columns', 1, 'un\u00adit'])).toBe('columns[1].un〔U+00AD（软连字符）〕it');
  });
});
