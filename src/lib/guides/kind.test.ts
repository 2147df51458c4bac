import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../check/check-site.ts';
import { formatProblem } from '../core/problem.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');

/** Formatted problems of a fixture site. */
function problemsOf(kind: 'valid' | 'invalid', name: string): string[] {
  return checkSite(join(FIXTURES, kind, name)).problems.map(formatProblem);
}

const F = 'content/guides/test-guide.md';

describe('guide kind', () => {
  it('accepts a minimal guide with explicit empty lists where sources are silent', () => {
    expect(problemsOf('valid', 'guide-minimal')).toEqual([]);
  });

  // Each fixture is a mini site root (content/guides + data/orgs) with exactly one mistake.
  const cases: [string, string[]][] = [
    ['guide-missing-title', [`${F}:2: title — 缺少必填字段 — 请添加 title：事项名称，如 残疾人证首次申领`]],
    [
      'guide-unknown-category',
      [
        `${F}:6: category — category 的取值“补助”不在允许的列表中 — 只能填写以下之一：certificate（证件）、subsidy（补贴）、rehabilitation（康复）、education（教育）、employment（就业）、accessibility（无障碍）、rights（维权）、other（其他）`,
      ],
    ],
    [
      'guide-unknown-org',
      [
        `${F}:31: orgs[1] — 机构“nowhere”不存在 — 改为 data/orgs/ 中已有的机构编号（test-org），适用于所有地区就写 orgs: all`,
      ],
    ],
    [
      'guide-unknown-related',
      [
        `${F}:30: related[0] — 相关指南“no-such-guide”不存在 — 改为 content/guides/ 中已有指南的文件名（不含 .md），或删除这一行`,
      ],
    ],
    [
      'guide-unsourced-contact',
      [
        `${F}:26: contact — 写了电话、地址或办公时间，但没有注明出处 — 在 sources 中加一条来源，并写 fields: [contact]；没有来源的电话、地址不能发布，请删除并只保留 ask`,
      ],
    ],
    [
      'guide-material-required',
      [
        `${F}:13: materials[0].required — required 应为 true（必须）或 false（视情况） — 写 required: true 或 required: false`,
        `${F}:14: materials[0].form — 材料形式“扫描件”不认识 — 只能填写以下之一：original（原件）、copy（复印件）、both（原件和复印件）；不知道就删掉这一行`,
      ],
    ],
    [
      'guide-unknown-mention',
      [`${F}:31: faq[0].a — 提到的指南“不存在的指南”不存在 — 写成另一条指南的完整名称（它的 title），或删去“见……”`],
    ],
    [
      'guide-empty-body',
      [`${F}: （正文） — 指南没有正文 — 在前置信息的 --- 之后用两三句大白话说明这项服务是什么、谁能办`],
    ],
  ];

  it('finds no problem in the published guides', () => {
    const root = join(import.meta.dirname, '../../..');
    expect(checkSite(root, ['content/guides']).problems.map(formatProblem)).toEqual([]);
  });

  it.each(cases)('%s fails with file, line, field and fix', (name, expected) => {
    expect(problemsOf('invalid', name)).toEqual(expected);
  });
});
