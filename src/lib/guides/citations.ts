import type { Citer } from '../core/source-ref.ts';

/** Where a guide quotes a source document (`sources[i].document`). */
export const guideCitations: Citer = {
  kind: 'guide',
  cites: (e) =>
    e.data.sources.map((s, i) => ({
      document: s.document,
      line: e.lineOf(['sources', i, 'document']),
      field: `sources[${i}].document`,
    })),
};
