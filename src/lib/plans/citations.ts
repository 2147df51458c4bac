import type { Citer } from '../core/source-ref.ts';
import type { SourceRef } from './source-ref.ts';

/** Where a plan names its source document (`source.document`). */
export const planCitations: Citer = {
  kind: 'plan',
  cites: (e) => [
    { document: e.data.source.document, line: e.lineOf(['source', 'document']), field: 'source.document' },
  ],
};

/** Where an indicator names documents: its own source, and the baseline's and target's where they differ. */
export const indicatorCitations: Citer = {
  kind: 'indicator',
  cites(e, index) {
    const plan = e.id.split('/')[0] ?? '';
    const at = index.get('indicator-file', plan)?.data.positions.get(e.data.id);
    const prefix = at === undefined ? '' : `indicators[${at}].`;
    const refs: [string[], SourceRef | undefined][] = [
      [['source'], e.data.source],
      [['baseline', 'source'], e.data.baseline?.source],
      [['target', 'source'], e.data.target.source],
    ];
    return refs.flatMap(([path, ref]) =>
      ref
        ? [
            {
              document: ref.document,
              line: e.lineOf([...path, 'document']),
              field: `${prefix}${path.join('.')}.document`,
            },
          ]
        : [],
    );
  },
};

/** Where a row of actuals.csv names its document (the `document` column). */
export const actualCitations: Citer = {
  kind: 'actual',
  cites: (e) => [{ document: e.data.source.document, line: e.data.line, field: 'document' }],
};
