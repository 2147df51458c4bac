// Source document id → title and page, from what the project knows today. This is the ONE place that knows where a
// document's title comes from: the downloads (src/site/downloads.ts) ask here and nowhere else, so when the register
// of source documents (data/sources/) lands, only this file changes.
//
// Today: the report imported from the document (content/reports/…, front matter `source.title`, matched by the
// original file name `003_….txt`), else a plan that names the document (`source.title` of data/plans/<id>.yaml),
// else “文件003” (the id as text, never bare).
import { checkSite } from '../lib/check/check-site.ts';
import { documentLabel } from '../lib/core/source-text.ts';
import { reportUrl } from '../lib/core/urls.ts';
import { documentIdOfFile } from '../lib/documents/source-documents.ts';

/** A source document as the downloads name it. */
export interface SourceDocument {
  id: string;
  title: string;
  /** The report page that shows the document on this site, when there is one. */
  page?: string;
}

const cache = new Map<string, ReadonlyMap<string, SourceDocument>>();

/** Every source document the site's reports and plans name, by id, read once per root and process. */
export function sourceDocuments(root: string = process.cwd()): ReadonlyMap<string, SourceDocument> {
  const hit = cache.get(root);
  if (hit) return hit;
  const { index } = checkSite(root, ['content/reports', 'data/plans']);
  const docs = new Map<string, SourceDocument>();
  for (const r of index.byKind('report')) {
    const id = documentIdOfFile(r.data.source.file);
    if (!docs.has(id)) docs.set(id, { id, title: r.data.source.title, page: reportUrl(r.id) });
  }
  for (const p of index.byKind('plan')) {
    const id = p.data.source.document;
    if (!docs.has(id)) docs.set(id, { id, title: p.data.source.title });
  }
  cache.set(root, docs);
  return docs;
}

/** The title of a source document, or “文件003” when the site knows none. */
export function documentTitle(id: string, root: string = process.cwd()): string {
  return sourceDocuments(root).get(id)?.title ?? documentLabel(id);
}
