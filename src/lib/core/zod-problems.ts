import type { z } from 'zod';
import { describeHits, findInvisible, invisibleFix, showInvisible } from './invisible.ts';
import { SEP, type Problem } from './problem.ts';
import type { DataPath } from './yaml-source.ts';

/**
 * Formats a zod path as written in the file: `source.title`, `materials[2].name`. An invisible character in a key
 * is spelt out (`na〔U+200B（零宽空格）〕me`): printed raw, the field would look exactly like the right one.
 */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${showInvisible(String(seg))}` : showInvisible(String(seg));
  }
  return out || '（整个文件）';
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头）',
  object: '一组字段',
  date: '日期（如 2024-01-31）',
  undefined: '空',
  null: '空',
};

function describeInput(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  // Invisible characters are spelt out (〔U+200B（零宽空格）〕): otherwise the quoted value looks right.
  if (typeof input === 'string') return `文字“${showInvisible(input.length > 30 ? input.slice(0, 30) + '…' : input)}”`;
  if (typeof input === 'number') return `数字 ${input}`;
  if (typeof input === 'boolean') return String(input);
  if (input instanceof Date) return '日期';
  if (typeof input === 'object') return '一组字段';
  return String(input);
}

/** Turns one zod issue into [problem, fix] in plain Chinese, for the field named `field`. */
export function describeIssue(issue: z.core.$ZodIssue, field: string): [string, string] {
  // A value from a fixed list (level, kind, topic…) that looks right but holds an invisible character: say so,
  // whatever the list's own message, because the official would otherwise see a correct-looking value refused.
  const raw = (issue as { input?: unknown }).input;
  const hits = issue.code === 'invalid_value' && typeof raw === 'string' ? findInvisible(raw) : [];
  if (hits[0]) return [`含有看不见的字符：${describeHits(hits)}`, invisibleFix(hits[0].kind)];
  const message = issue.message ?? '';
  if (message.includes(SEP)) {
    const [problem, fix] = message.split(SEP);
    return [problem ?? '', fix ?? ''];
  }
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (input === undefined) return ['缺少必填字段', `请添加 ${field}（${expected}）`];
      return [`应为${expected}，实际为${describeInput(input)}`, `把 ${field} 改为${expected}`];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join('、');
      return [`取值“${showInvisible(String(input))}”不在允许范围内`, `只能填写以下之一：${allowed}`];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 ? ['不能为空', `请填写 ${field}`] : [`太短（至少 ${min} 个字）`, `补充 ${field} 的内容`];
      }
      if (issue.origin === 'array') return [`至少需要 ${min} 项`, `在 ${field} 下补充条目`];
      return [
        `数值 ${describeInput(input)} 太小（应${issue.inclusive ? '不小于' : '大于'} ${min}）`,
        `检查 ${field} 的数值`,
      ];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return [`太长（最多 ${max} 个字）`, `缩短 ${field}`];
      if (issue.origin === 'array') return [`最多 ${max} 项`, `删减 ${field} 的条目`];
      return [
        `数值 ${describeInput(input)} 太大（应${issue.inclusive ? '不大于' : '小于'} ${max}）`,
        `检查 ${field} 的数值`,
      ];
    }
    case 'invalid_format': {
      if (issue.format === 'url') return [`网址格式不对：${describeInput(input)}`, '网址要以 https:// 或 http:// 开头'];
      if (issue.format === 'regex') return [`格式不对：${describeInput(input)}`, `按要求的格式填写 ${field}`];
      return [`格式不对（${issue.format}）：${describeInput(input)}`, `按要求的格式填写 ${field}`];
    }
    case 'unrecognized_keys':
      return [
        `有不认识的字段：${issue.keys.map(showInvisible).join('、')}`,
        '检查字段名的拼写（区分大小写），或删除这些字段',
      ];
    case 'invalid_union':
      return [`内容不符合任何一种允许的写法：${describeInput(input)}`, `对照说明检查 ${field} 的写法`];
    default:
      return [message || '内容不正确', `检查 ${field}`];
  }
}

/**
 * Runs a zod schema over parsed data and returns problems in the project's shape, each with the line of its
 * field. `lineOf` comes from the YAML/front-matter parser.
 */
export function validateWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: (path: DataPath) => number,
): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    // An unknown key is reported at the key itself, not at the object holding it.
    const keyPath = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
    const field = formatPath(issue.path.length ? issue.path : keyPath);
    const [problem, fix] = describeIssue(issue, field);
    problems.push({ file, line: lineOf(keyPath), field, problem, fix });
  }
  return { problems };
}
