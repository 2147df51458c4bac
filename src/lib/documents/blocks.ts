/** One line of the source document, with its 1-based line number in the original file. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Kinds of text the importer drops, each with the Chinese label shown by `--dry-run`. */
export const REMOVED_KINDS = {
  bookmark: 'Word 书签标记',
  'paid-marker': '网页抓取标记',
  'page-chrome': '网页页头',
  caption: '图片说明',
  // Chrome of a saved web page (src/lib/documents/web-chrome.ts).
  'site-nav': '网站导航',
  breadcrumb: '当前位置导航',
  'font-size': '字号切换',
  'view-count': '浏览次数',
  share: '分享按钮',
  'print-close': '打印、关闭按钮',
  'prev-next': '上一篇、下一篇',
  footer: '网页页脚',
  'site-id': '备案号、网站标识码',
  byline: '责任编辑等署名',
  'qr-code': '手机扫码提示',
  'page-info': '发布信息（日期和来源写入文件开头）',
  'outside-article': '正文以外的网页内容',
  'link-list': '正文区的链接列表',
  hidden: '网页中隐藏的文字',
  figure: '没有替代文字也没有图注的图片',
  // Word files read from their XML (src/lib/documents/docx.ts).
  'word-shape': '没有文字的图形',
  'word-toc': 'Word 目录',
  'word-header-footer': '页眉页脚',
  'word-comment': '批注',
  'word-deleted': '修订中删除的文字',
  'word-hidden': '隐藏文字',
  'word-symbol': '特殊字体符号',
  'word-empty-number': '只有编号没有文字的段落',
  'word-placeholder': '内容控件里没有填写的提示文字',
  // PDF page furniture (src/lib/documents/pdf-furniture.ts).
  'page-number': '页码',
  'running-header': '页眉（每页重复）',
  'running-footer': '页脚（每页重复）',
} as const;
export type RemovedKind = keyof typeof REMOVED_KINDS;

/** Something removed from the source, so the dry run can show every deletion. */
export interface Removed {
  kind: RemovedKind;
  /** The removed text, verbatim. */
  text: string;
  /** 1-based line in the source. */
  line: number;
  /** 1-based page of a PDF. */
  page?: number;
}

/** A decision the importer made that changes the layout (never the words), shown by `--dry-run`. */
export interface Note {
  line: number;
  text: string;
}

/** A heading of the output, in document order; `level` is the markdown level (2 = `##`). */
export interface Heading {
  level: number;
  text: string;
  line: number;
}

/** Building blocks of the converted body. */
export type Block =
  | ({ type: 'heading' } & Heading)
  | { type: 'paragraph'; text: string; line: number; strong?: boolean }
  /** A table whose first row is the header; cells are plain text (escaped on output). */
  | { type: 'table'; rows: string[][]; line: number }
  /** Lines already in markdown table form (from a .md file), written out unchanged. */
  | { type: 'markdown-table'; lines: string[]; line: number };

/** The label and text of a removal, as printed by the dry run: `第 3 行 网页页头：…`. */
export function describeRemoved(r: Removed): string {
  return `第 ${r.line} 行${r.page ? `（第 ${r.page} 页）` : ''} ${REMOVED_KINDS[r.kind]}：${r.text}`;
}
