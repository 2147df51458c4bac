import { checkMarkdownBody } from '../src/lib/markdown/body-check.ts';
import { formatProblem } from '../src/lib/core/problem.ts';
import { sourceText, pageText, lostText } from '../src/lib/markdown/text-kept.ts';
import config from '../astro.config.mjs';
const r = await (config as any).markdown.processor.createRenderer({ ...(config as any).markdown });
const cases: [string, string][] = [
  ['span4000', '<p>' + '<span lang="zh">'.repeat(4000) + '正文123</p>\n'],
  ['div3000', '<div>\n'.repeat(3000) + '\n正文\n'],
  ['bq2000', '正文\n\n' + '>'.repeat(2000) + ' 正文\n'],
  ['list1000', Array.from({ length: 1000 }, (_, i) => '  '.repeat(i) + '- 项' + i).join('\n') + '\n'],
  ['bq50', '>'.repeat(49) + ' 正文\n'],
  ['title', '第一段一二三。\n\n<title>标题\n\n第二段四五六。\n\n第三段７８９。\n'],
  ['comment', '第一段一二三。\n\n<!-- 注释\n\n第二段四五六。\n'],
  ['commentClosed', '第一段一二三。\n\n<!-- 注释 -->\n\n第二段四五六。\n'],
  ['textarea', '第一段一二三。\n\n<textarea>\n\n第二段四五六。\n'],
  ['styleClosed', '第一段。\n\n<style>p{color:red;font-size:12pt}</style>\n\n第二段四五六。\n'],
  ['scriptOnly', '<script>alert(1)</script>\n'],
  ['inlineTitle', '第一段<title>标题 第二段四五六。\n\n第三段。\n'],
  ['plaintext', '第一段。\n\n<plaintext>\n\n第二段四五六。\n'],
  ['form', '第一段。\n\n<form>\n\n第二段四五六。\n\n</form>\n\n三\n'],
  ['code', '第一段 `<title>` 第二段。\n\n```\n<script>\n```\n\n第三段。\n'],
  ['fine', '# 标题\n\n第一段[^1]。\n\n| 项目 | 数 |\n|---|---|\n| 甲 | 12 |\n\n[^1]: 注释一\n'],
];
for (const [n, body] of cases) {
  const ps = checkMarkdownBody('x.md', body, 10).map(formatProblem);
  let lost = '?';
  try { const out = await r.render(body, {}); lost = lostText(sourceText(body), pageText(out.code)); } catch (e: any) { lost = 'RENDER FAIL ' + e.message.slice(0, 40); }
  console.log(n, '| lost:', lost.slice(0, 30), '\n  ' + ps.join('\n  '));
}
