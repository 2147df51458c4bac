// Pins the exact messages an official sees for bad organisation and report files.
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';

const messages = (fixture: string) => checkSite(`tests/fixtures/${fixture}`).problems.map(formatProblem);

describe('checkSite on fixture sites', () => {
  it('accepts the valid fixture', () => {
    expect(messages('valid')).toEqual([]);
  });

  it.each([
    [
      'invalid/org-bad-level',
      'data/orgs/demo.yaml:4: level — 层级写法不对 — 只能填写 province（省级）、city（地市级）、county（县（市）级）、district（区级） 之一',
    ],
    ['invalid/org-missing-name', 'data/orgs/demo.yaml:1: name — 缺少必填字段 — 请添加 name（文字）'],
    [
      'invalid/org-id-mismatch',
      'data/orgs/demo.yaml:1: id — 编号“demo-city”与文件名“demo”不一致 — 把 id 改为 demo，或把文件改名为 demo-city.yaml',
    ],
    [
      'invalid/org-bad-yaml',
      'data/orgs/demo.yaml:2: （格式） — 字段名后的内容格式不对 — 检查这一行及上一行的冒号和缩进',
    ],
    [
      'invalid/report-bad-year',
      'content/reports/demo/2023-summary.md:4: year — 年份应为四位数字 — 写成 2023 这样的数字，不要加“年”字或引号',
    ],
    [
      'invalid/report-bad-date',
      'content/reports/demo/2023-summary.md:9: source.published — 不是真实存在的日期，或格式不是“年-月-日” — 写成 2024-01-31 这样的格式，并检查月份和日期',
    ],
    [
      'invalid/report-no-frontmatter',
      'content/reports/demo/2023-summary.md:1: （整个文件） — 文件开头缺少前置信息（front matter） — 在第一行写 ---，接着写标题、机构等字段，再用一行 --- 结束；可用 npm run new 生成模板',
    ],
    [
      'invalid/report-wrong-place',
      'content/reports/demo/2023-summary.md:5: org / year / kind — 文件位置与前置信息不一致：按 org、year、kind 应放在 content/reports/demo/2022-summary.md — 把文件移到 content/reports/demo/2022-summary.md，或改正 org、year、kind',
    ],
    [
      'invalid/report-unknown-field',
      'content/reports/demo/2023-summary.md:6: author — 有不认识的字段：author — 检查字段名的拼写（区分大小写），或删除这些字段',
    ],
    [
      'invalid/duplicate-org-id',
      'data/orgs/demo.yml:1: id — 编号“demo”与 data/orgs/demo.yaml 重复 — 每个编号只能用一次：改用另一个编号（并相应修改文件名）',
    ],
    [
      'invalid/file-name-space',
      'content/reports/demo/2023 summary.md: （文件名） — 文件名含有空格、中文或其他非英文字符 — 文件名只用小写英文字母、数字、短横线和扩展名，例如 2023-summary.md',
    ],
    [
      'invalid/content-mdx',
      'content/reports/demo/2023-summary.mdx: （整个文件） — 内容文件不能用 .mdx 格式（MDX 可以运行代码，只用于网站自身的页面） — 把扩展名改为 .md；正文中不要写 import、export 或 {…} 表达式',
    ],
  ])('%s', (fixture, expected) => {
    expect(messages(fixture)).toEqual([expected]);
  });

  it('reports an unknown organisation with the known ids and the fix', () => {
    expect(messages('invalid/report-unknown-org')).toContain(
      'content/reports/demo/2023-summary.md:3: org — 机构“demoo”不存在 — 改为 data/orgs/ 中已有的机构编号（demo），或先在 data/orgs/ 添加该机构',
    );
  });

  it('limits the report to the given paths but still resolves references', () => {
    const only = checkSite('tests/fixtures/invalid/report-unknown-org', ['data/orgs']).problems;
    expect(only).toEqual([]);
  });

  it('checks the real site without problems', () => {
    expect(checkSite('.').problems.map(formatProblem)).toEqual([]);
  });
});
