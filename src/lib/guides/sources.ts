import type { Guide } from './schema.ts';
import { formatDate } from '../core/format.ts';
import { findByDocument } from '../documents/source-documents.ts';

/** What a page needs to know about a published report to link a source to it. */
export interface SourceReport {
  /** Page address of the report. */
  url: string;
  /** The report's title. */
  title: string;
  /** Who published it. */
  publisher: string;
  /** File name of the original document, e.g. `001_e0625d8656f0e88a.txt`. */
  file: string;
}

/** A source document (a seed) as shown under 信息来源. */
export interface SourceDocument {
  /** The seed id as written in the guide, e.g. `001`. */
  document: string;
  /** Human name, e.g. 湖州市残疾人联合会《湖州市残联2020年工作总结和2021年主要工作》. */
  label: string;
  /** Link to the published report, when the document is one. */
  href?: string;
}

/** Names a seed: it is matched to the report imported from it (its original file name starts with the id). */
export function sourceDocument(document: string, reports: readonly SourceReport[]): SourceDocument {
  const report = findByDocument(document, reports, (r) => r.file);
  if (report) return { document, label: `${report.publisher}《${report.title}》`, href: report.url };
  // Never the bare number: a reader cannot follow it (the site's register names every document it cites).
  return { document, label: '来源文件（本站未登记）' };
}

/** The guide's sources grouped by document, in first-mention order, each with its quotes. */
export function groupSources(
  sources: Guide['sources'],
  reports: readonly SourceReport[],
): (SourceDocument & { quotes: string[]; firsts: number[] })[] {
  const groups = new Map<string, SourceDocument & { quotes: string[]; firsts: number[] }>();
  sources.forEach((s, n) => {
    const group = groups.get(s.document) ?? { ...sourceDocument(s.document, reports), quotes: [], firsts: [] };
    if (!group.quotes.includes(s.quote)) {
      group.quotes.push(s.quote);
      // The quote's position in `sources`, which names its entry on the source page (figureAnchor.guideFact).
      group.firsts.push(n);
    }
    groups.set(s.document, group);
  });
  return [...groups.values()];
}

/** One 设定依据 document as a line of text: 《title》（number），issuer 2017年5月27日印发；note. */
export function basisLabel(b: Guide['basis'][number]): string {
  const name = b.title ? `${b.title}${b.number ? `（${b.number}）` : ''}` : (b.number ?? '');
  const issued = [b.issuer, b.date && `${formatDate(b.date)}印发`].filter(Boolean).join('');
  return [name, issued].filter(Boolean).join('，') + (b.note ? `；${b.note}` : '');
}
