import { markdownToMdast, markdownToHtml } from 'satteri';
import { CONTENT_MARKDOWN_FEATURES, sanitizeContentPlugin } from '../src/lib/security/sanitize.ts';
import { tablesPlugin } from '../src/lib/markdown/rehype-tables.ts';
const src = '中文段落一二三\n\n> 引用 <span>四五</span>\n> <div>\n> 六七\n\n<div>\n八九\n</div>\n';
const t: any = markdownToMdast(src, { features: CONTENT_MARKDOWN_FEATURES as any });
console.log(JSON.stringify(t, (k, v) => k === 'position' ? `${v.start.line}:${v.start.column}@${v.start.offset}-${v.end.line}:${v.end.column}@${v.end.offset}` : v, 1));
const out = markdownToHtml(src, { hastPlugins: [sanitizeContentPlugin() as any, tablesPlugin() as any], features: CONTENT_MARKDOWN_FEATURES as any });
console.log(out instanceof Promise, (out as any).html);
