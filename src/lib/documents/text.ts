import { toSourceLines } from './source-lines.ts';
import type { ReadDocument } from './types.ts';

/** A text file read as a document; `encoding` is set when the file was not UTF-8. */
export interface TextDocument extends ReadDocument {
  encoding?: 'GB18030';
}

/**
 * Reads a .txt or .md file: UTF-8, or GB18030 (common for Chinese text files saved on Windows) when the bytes are
 * not valid UTF-8. Each non-empty line is a paragraph at its line number; plain text marks no headings, so the
 * importer finds them from the numbering or the short lines (a .md file's `#` lines included), as for the seeds.
 */
export function readText(bytes: Uint8Array, name: string): TextDocument {
  let text: string;
  let encoding: 'GB18030' | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
    encoding = 'GB18030';
  }
  return {
    ...textToDocument(text, /\.md$/i.test(name) ? 'Markdown 文件' : '文本文件'),
    ...(encoding ? { encoding } : {}),
  };
}

/** Text already decoded (e.g. the lines mammoth's HTML was flattened to) as a document without marked headings. */
export function textToDocument(text: string, format: string): ReadDocument {
  const source = text.replace(/^\uFEFF/, '');
  return {
    format,
    blocks: toSourceLines(source).map((l) => ({ type: 'paragraph', text: l.text, line: l.line })),
    removed: [],
    notes: [],
    meta: {},
    sourceText: source,
  };
}
