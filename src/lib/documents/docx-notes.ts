import type { NoteRef } from './docx-inline.ts';
import { plainText } from './docx-inline.ts';
import { attr, childOf, childrenOf, descendants, intVal, wVal } from './docx-xml.ts';
import { formatNumber } from './number-formats.ts';
import type { DocBlock } from './types.ts';

type NoteBlock = Extract<DocBlock, { type: 'note' }>;

/** The note texts of `footnotes.xml` or `endnotes.xml` by id; Word's separator notes are left out. */
function notesById(doc: Document | undefined, element: 'footnote' | 'endnote'): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of doc ? childrenOf(doc.documentElement, 'w', element) : []) {
    const type = attr(n, 'w', 'type');
    if (type && type !== 'normal') continue;
    out.set(attr(n, 'w', 'id') ?? '', childrenOf(n, 'w', 'p').map(plainText).filter(Boolean).join(' '));
  }
  return out;
}

/** Number format and start of footnotes or endnotes: the body's section properties, then settings, then Word's default. */
function numberingOf(kind: 'footnote' | 'endnote', sectPr: Element | undefined, settings: Document | undefined) {
  const name = kind === 'footnote' ? 'footnotePr' : 'endnotePr';
  const pr = childOf(sectPr, 'w', name) ?? childOf(settings?.documentElement, 'w', name);
  return {
    fmt: wVal(pr, 'numFmt') ?? (kind === 'footnote' ? 'decimal' : 'lowerRoman'),
    start: intVal(pr, 'numStart') ?? 1,
  };
}

/**
 * Footnotes and endnotes as note blocks, in the order the body refers to them, each with the label Word shows
 * (1, 2, 3 for footnotes and i, ii, iii for endnotes by default, or the hand-typed mark) and the line of the
 * paragraph that refers to it.
 */
export function readNotes(
  refs: { ref: NoteRef; line: number }[],
  parts: { footnotes?: Document; endnotes?: Document; settings?: Document; sectPr?: Element },
): NoteBlock[] {
  const texts = { footnote: notesById(parts.footnotes, 'footnote'), endnote: notesById(parts.endnotes, 'endnote') };
  const formats = {
    footnote: numberingOf('footnote', parts.sectPr, parts.settings),
    endnote: numberingOf('endnote', parts.sectPr, parts.settings),
  };
  const counts = { footnote: 0, endnote: 0 };
  const out: NoteBlock[] = [];
  for (const { ref, line } of refs) {
    const text = texts[ref.kind].get(ref.id);
    if (text === undefined) continue;
    let label = ref.customMark;
    if (!label) {
      const f = formats[ref.kind];
      const n = f.start + counts[ref.kind]++;
      label = formatNumber(n, f.fmt) ?? String(n);
    }
    if (text) out.push({ type: 'note', label, text, line });
  }
  return out;
}

/** Comment texts (`comments.xml`) by id. */
export function readComments(doc: Document | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of doc ? childrenOf(doc.documentElement, 'w', 'comment') : [])
    out.set(attr(c, 'w', 'id') ?? '', plainText(c));
  return out;
}

/** The distinct non-empty paragraph texts of the headers and footers (page numbers are their cached values). */
export function headerFooterTexts(parts: Document[]): string[] {
  const seen = new Set<string>();
  for (const doc of parts)
    for (const p of descendants(doc.documentElement, 'w', 'p')) {
      const t = plainText(p);
      if (t) seen.add(t);
    }
  return [...seen];
}
