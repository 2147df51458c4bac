// Pins the exact messages an official sees for bad dataset files (CSV + metadata), one mini site per case.
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';

const messages = (fixture: string) => checkSite(`tests/fixtures/${fixture}`).problems.map(formatProblem);

describe('dataset fixture sites', () => {
  it.each(['valid/dataset-gb18030', 'valid/dataset-bom'])('accepts %s', (fixture) => {
    expect(messages(fixture)).toEqual([]);
  });

  it.each([
    ['dataset-text-in-number', ['data/datasets/x.csv:7: 人数 — “约300”不是整数 — 只填数字，如 300；不知道就留空']],
    [
      'dataset-wrong-column-count',
      [
        'data/datasets/x.csv:4: （整行） — 这一行有 4 个值，表头有 3 列 — 检查是否多了或少了逗号；含逗号的内容（如句子或 1,234）要用英文双引号括起来，数字也可以不写千位逗号',
      ],
    ],
    [
      'dataset-undescribed-column',
      [
        'data/datasets/x.csv:1: 备注 — 列“备注”没有在元数据中说明 — 在 data/datasets/x.yaml 的 columns 中描述这一列（name、type、unit、meaning），或删除这一列',
        'data/datasets/x.yaml:21: columns[2].name — 列“年份”在 data/datasets/x.csv 的表头中找不到 — 在 CSV 第一行加上这一列，或改正列名（表头现有：类别、人数、备注、原文）',
      ],
    ],
    [
      'dataset-duplicate-key',
      [
        'data/datasets/x.csv:4: 类别 — 与第 2 行重复（类别“听力残疾”） — 同一组 类别 只能出现一次：删除重复的行，或改正其中一行',
        'data/datasets/x.csv:8: 人数 — 各分项相加为 790，合计行写的是 690（相差 100） — 核对各行和合计行是否照录原文；如果原文本身就对不上，照录原文并在元数据 total.note 中说明',
      ],
    ],
    [
      'dataset-sum-mismatch',
      [
        'data/datasets/x.csv:7: 人数 — 各分项相加为 680，合计行写的是 690（相差 10） — 核对各行和合计行是否照录原文；如果原文本身就对不上，照录原文并在元数据 total.note 中说明',
      ],
    ],
    [
      'dataset-unit-mismatch',
      [
        'data/datasets/x.csv:2: 金额 — “1.9亿”的单位“亿”与这一列的单位“万元”不符 — 网站不会替你换算单位：按“万元”换算后只填数字，或核对是否填错了列',
      ],
    ],
    [
      'dataset-anonymised-amount',
      ['data/datasets/x.csv:2: 金额 — “X万元”是原文匿名的写法，不是数字 — 这一格留空；需要时在备注列照录原文“X万元”'],
    ],
    [
      'dataset-number-not-in-sentence',
      ['data/datasets/x.csv:7: 人数 — 数字“690”在这一行的原文中找不到 — 核对数字是否照录原文；每个数字都要出现在“原文”列的句子里'],
    ],
    [
      'dataset-csv-without-meta',
      [
        'data/datasets/x.csv: （整个文件） — 没有说明文件 data/datasets/x.yaml — 每个数据表都要有同名的 .yaml 说明（标题、机构、来源、各列的类型和单位）：复制一个已有的说明文件并修改',
      ],
    ],
    [
      'dataset-meta-without-csv',
      ['data/datasets/x.yaml: （整个文件） — 没有数据表 data/datasets/x.csv — 把数据表另存为 CSV，命名为 x.csv，放在同一文件夹；或删除这个说明文件'],
    ],
    [
      'dataset-unknown-org',
      ['data/datasets/x.yaml:3: org — 机构“demoo”不存在 — 改为 data/orgs/ 中已有的机构编号（demo），或先在 data/orgs/ 添加该机构'],
    ],
    [
      'dataset-wrong-org-row',
      ['data/datasets/x.csv:3: 机构 — 机构“样例市残联”不是元数据 org 中列出的机构 — 填写 示例市残联、样例县残联 之一'],
    ],
    [
      'dataset-bad-meta',
      [
        'data/datasets/x.yaml:13: columns — 没有原文列（role: sentence） — 要有且只有一列照录每行数字所在的原文句子：在这一列的描述中写 role: sentence',
        'data/datasets/x.yaml:27: chart.y[0] — 列“原文”是文字列，不是数字列 — 这里只能写类型为 integer、decimal 或 percent 的列',
      ],
    ],
    [
      'dataset-encoding-mismatch',
      ['data/datasets/x.yaml:9: encoding — 写明是 gb18030，但 data/datasets/x.csv 实际是 UTF-8 编码 — 删除 encoding 这一行（UTF-8 是默认编码，不用写）'],
    ],
  ])('invalid/%s', (fixture, expected) => {
    expect(messages(`invalid/${fixture}`)).toEqual(expected);
  });
});
