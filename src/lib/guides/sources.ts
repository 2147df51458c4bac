import type { Guide } from './schema.ts';
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

/** A source document as shown under 信息来源. */
export interface SourceDocument {
  /** The document id as written in the guide (`001`, `reference/service-guides.md`). */
  document: string;
  /** Human name, e.g. 湖州市残疾人联合会《湖州市残联2020年工作总结和2021年主要工作》. */
  label: string;
  /** Link to the published report, when the document is one. */
  href?: string;
  /** Language of the quotes: the reference files are notes in English with Chinese terms. */
  lang: 'zh-CN' | 'en';
}

/** Reference files are the project's summaries of national and provincial rules; they are not published pages. */
const REFERENCE_LABELS: Record<string, string> = {
  'reference/service-guides.md': '本站整理的国家和浙江省办事规定要点（依据国务院、浙江省和中国残联文件）',
};

/**
 * Names a source document: a seed id is matched to the report imported from it (its original file name starts
 * with the id and an underscore); a reference file gets its fixed label.
 */
export function sourceDocument(document: string, reports: readonly SourceReport[]): SourceDocument {
  if (/^\d{3}$/.test(document)) {
    const report = findByDocument(document, reports, (r) => r.file);
    if (report) return { document, label: `${report.publisher}《${report.title}》`, href: report.url, lang: 'zh-CN' };
    return { document, label: `来源文件 ${document}`, lang: 'zh-CN' };
  }
  return { document, label: REFERENCE_LABELS[document] ?? document, lang: 'en' };
}

/** The guide's sources grouped by document, in first-mention order, each with its quotes. */
export function groupSources(
  sources: Guide['sources'],
  reports: readonly SourceReport[],
): (SourceDocument & { quotes: string[] })[] {
  const groups = new Map<string, SourceDocument & { quotes: string[] }>();
  for (const s of sources) {
    const group = groups.get(s.document) ?? { ...sourceDocument(s.document, reports), quotes: [] };
    if (!group.quotes.includes(s.quote)) group.quotes.push(s.quote);
    groups.set(s.document, group);
  }
  return [...groups.values()];
}
