import { todayInChina } from '../../core/format.ts';
import { REPORT_KINDS } from '../schema.ts';
import { PLACEHOLDER } from '../../core/placeholder.ts';
import type { ReportTarget } from './report-target.ts';

const KINDS = Object.entries(REPORT_KINDS)
  .map(([k, label]) => `${k} ${label}`)
  .join('；');

/**
 * A new report file with every required field, Chinese comments saying what to write, and `【待填写】`
 * placeholders that make `npm run check` fail until they are replaced. Optional fields the official may not
 * know (publication date, web address) are commented out rather than guessed.
 */
export function scaffoldReport(t: ReportTarget, today: string = todayInChina()): string {
  return [
    '---',
    '# 报告标题：网站上显示的标题，一般照抄原文第一行的标题。',
    `title: ${PLACEHOLDER}报告标题`,
    '# 本站发布这份报告的日期（已填今天），格式 2024-01-31；发布日不是今天就改掉。',
    `published: ${today}`,
    '# 机构编号、年份、类型决定文件放在哪里（content/reports/机构/年份-类型.md），不要改动；要改请重新运行 npm run new。',
    `org: ${t.org}`,
    '# 报告所属的年份（五年规划写第一年）。',
    `year: ${t.year}`,
    ...(t.endYear !== undefined ? ['# 规划期的最后一年，按原文核对。', `endYear: ${t.endYear}`] : []),
    `# 报告类型：${KINDS}。`,
    `kind: ${t.kind}`,
    '# 摘要：一两句话，显示在报告列表和搜索结果里；不需要就删掉这一行。',
    `summary: ${PLACEHOLDER}一两句话的摘要`,
    '# 原文件的信息，用来注明出处。',
    'source:',
    '  # 原文件的标题，一字不改地照抄。',
    `  title: ${PLACEHOLDER}原文件标题`,
    '  # 发布机构全称（已按机构文件填好）。',
    `  publisher: ${t.orgName}`,
    '  # 原文写明的发布日期，格式 2024-01-31：去掉行首的 # 号再填写；原文没写就保留 # 号，不要猜。',
    '  # published: 2024-01-31',
    '  # 原文件的文件名，例如 2023年工作总结.docx。',
    `  file: ${PLACEHOLDER}原文件名`,
    '  # 原文的网址（如有），以 https:// 开头：去掉行首的 # 号再填写。',
    '  # url: https://',
    '---',
    '',
    `${PLACEHOLDER}在这里写报告正文：用“## 一、……”“### （一）……”“#### 1.……”写各级标题，段落之间空一行；` +
      '数字、日期照抄原文，不要改动。有 Word 或文本原件时，建议改用 npm run import 导入。',
    '',
  ].join('\n');
}
