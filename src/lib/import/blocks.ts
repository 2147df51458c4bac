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
  figure: '没有替代文字也没有图注的图片',
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
