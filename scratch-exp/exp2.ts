import { markdownToMdast } from 'satteri';
import config from '/work/wt/text/astro.config.mjs';
const proc: any = (config as any).markdown.processor;
const r = await proc.createRenderer({ ...(config as any).markdown });
function depth(n: any) { let max = 0; const st: [any, number][] = [[n, 0]]; while (st.length) { const [x, d] = st.pop()!; if (d > max) max = d; for (const c of x.children ?? []) st.push([c, d + 1]); } return max; }
for (const [name, src] of [
  ['bq2000', '>'.repeat(2000) + ' 正文\n'],
  ['list1000', Array.from({ length: 1000 }, (_, i) => '  '.repeat(i) + '- 项' + i).join('\n') + '\n'],
  ['span4000', '<p>' + '<span lang="zh">'.repeat(4000) + '正文</p>\n'],
  ['div4000', '<div>\n'.repeat(4000) + '\n正文\n'],
] as const) {
  try { const t: any = markdownToMdast(src, { features: (config as any).markdown.processor.options.features }); console.log(name, 'mdast depth', depth(t), t.children.length, t.children[0].type, t.children[0].position?.start); }
  catch (e: any) { console.log(name, 'mdast FAIL', e.message.slice(0, 100)); }
}
// find thresholds
async function ok(src: string) { try { await r.render(src, {}); return true; } catch { return false; } }
for (const [name, f] of [
  ['span', (n: number) => '<p>' + '<span>'.repeat(n) + '正文</p>\n'],
  ['div', (n: number) => '<div>'.repeat(n) + '\n\n正文\n'],
  ['bq', (n: number) => '>'.repeat(n) + ' 正文\n'],
  ['list', (n: number) => Array.from({ length: n }, (_, i) => '  '.repeat(i) + '- 项' + i).join('\n') + '\n'],
] as const) {
  let lo = 1, hi = 300; while (lo < hi) { const m = (lo + hi + 1) >> 1; if (await ok(f(m))) lo = m; else hi = m - 1; }
  console.log(name, 'max ok', lo);
}
for (const [name, src] of [
  ['title', '第一段一二三。\n\n<title>标题\n\n第二段四五六。\n\n第三段７８９。\n'],
  ['comment', '第一段一二三。\n\n<!-- 注释\n\n第二段四五六。\n'],
  ['commentInline', '第一段一二三<!-- 注释 第二段四五六。\n\n第三段。\n'],
  ['textarea', '第一段一二三。\n\n<textarea>\n\n第二段四五六。\n'],
  ['style', '第一段。\n\n<style>p{}\n\n第二段四五六。\n'],
  ['styleClosed', '第一段。\n\n<style>p{color:red}</style>\n\n第二段四五六。\n'],
  ['iframe', '第一段。\n\n<iframe src="x">\n\n第二段四五六。\n'],
  ['xmp', '第一段。\n\n<xmp>\n\n第二段四五六。\n'],
  ['scriptOnly', '<script>alert(1)</script>\n'],
  ['inlineTitle', '第一段<title>标题 第二段四五六。\n\n第三段。\n'],
  ['plaintext', '第一段。\n\n<plaintext>\n\n第二段四五六。\n'],
  ['noscript', '第一段。\n\n<noscript>\n\n第二段四五六。\n'],
  ['select', '第一段。\n\n<select><option>选项一</option></select>\n\n第二段四五六。\n'],
  ['form', '第一段。\n\n<form>\n\n第二段四五六。\n'],
  ['template', '第一段。\n\n<template>\n\n第二段四五六。\n'],
  ['object', '第一段。\n\n<object>\n\n第二段四五六。\n'],
  ['code', '第一段 `<title>` 第二段。\n\n```\n<script>\n```\n\n第三段。\n'],
] as const) {
  try { const out = await r.render(src, {}); console.log(name, JSON.stringify(out.code)); } catch (e: any) { console.log(name, 'FAIL', e.message); }
}
