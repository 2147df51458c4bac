import type { Citer } from '../core/source-ref.ts';

/** Where a dataset's metadata names its source documents (`source.document`, one id or a list). */
export const datasetCitations: Citer = {
  kind: 'dataset',
  cites: (e) =>
    e.data.source.document.map((document, i) => ({
      document,
      // A single id is written as a scalar; its line is the field's own.
      line: e.lineOf(e.data.source.document.length > 1 ? ['source', 'document', i] : ['source', 'document']),
      field: e.data.source.document.length > 1 ? `source.document[${i}]` : 'source.document',
    })),
};
