import type { Note, Removed } from './blocks.ts';

/**
 * The shape every document reader (Word, PDF, saved web page, text) hands to the importer: the document's own
 * structure as the format records it, before any guessing from the text. A reader never changes a word; what it
 * leaves out goes to `removed`, and every layout decision it takes goes to `notes`.
 */

/** Where a block came from in the source, shown in messages as （第 N 行） — for Word and PDF the paragraph number. */
export interface At {
  /** 1-based line of a text file, paragraph of a Word file, or reading-order line of a PDF or web page. */
  line: number;
  /** 1-based page of a PDF, when known. */
  page?: number;
}

/** One block of a read document. */
export type DocBlock =
  /**
   * A heading the format marks as one (a Word heading style or outline level, a PDF line set larger or bold, an
   * `<h2>` of a web page). `level` is the source's own level (1 = the highest); the importer maps the levels used
   * to markdown `##`… so no level is skipped. `text` includes the numbering as the reader sees it (一、).
   */
  | ({ type: 'heading'; level: number; text: string } & At)
  /** A paragraph as one line of text (wrapped lines already joined, numbering rendered as shown: （一）). */
  | ({ type: 'paragraph'; text: string } & At)
  /** A list item; `ordered` items carry their rendered marker at the start of `text`. */
  | ({ type: 'list-item'; text: string; depth: number } & At)
  /** A table; the first row is the header, merged cells repeat their text. */
  | ({ type: 'table'; rows: string[][] } & At)
  /** An image: kept as a figure note with its alt text or caption (never silently dropped). */
  | ({ type: 'figure'; alt?: string; caption?: string } & At)
  /** A footnote or endnote, numbered as in the source. */
  | ({ type: 'note'; label: string; text: string } & At);

/** Front-matter facts a format carries (a web page's 发布时间 and 来源, a Word file's title property). */
export interface DocMeta {
  title?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  /** The 来源 line of a web page, or a Word file's company. */
  publisher?: string;
}

/** What a reader returns. */
export interface ReadDocument {
  /** Which reader made it, for the dry run (`Word 文件（标题样式）`, `PDF（文字层）`, `网页`…). */
  format: string;
  blocks: DocBlock[];
  /** Everything the reader left out (running headers, page numbers, site navigation…), in source order. */
  removed: Removed[];
  /** Layout decisions (joined wrapped lines, merged cells), in source order. */
  notes: Note[];
  meta: DocMeta;
  /**
   * True when the reader knows where each paragraph ends (Word paragraphs, PDF paragraphs it rebuilt, web-page
   * blocks): the importer then never joins two of them. Text files leave it unset, and a paragraph that stops
   * mid-sentence is joined with the next, as for the seeds.
   */
  explicitParagraphs?: boolean;
  /**
   * All the text of the source as the reader found it, before anything was removed: the importer compares its
   * characters with the markdown it writes, so that every character is either kept or listed as removed.
   */
  sourceText: string;
}
