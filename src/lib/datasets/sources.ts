import type { Dataset } from './types.ts';

/** One distinct source sentence of a dataset, numbered in the order the rows first cite it. */
export interface NumberedSource {
  n: number;
  document: string;
  sentence: string;
}

/** The key a row's source is known by: its document and sentence. */
export const sourceKey = (document: string, sentence: string): string => `${document}\u0000${sentence}`;

/**
 * The dataset's source sentences, each listed once (many rows quote the same sentence), and the number of each by
 * {@link sourceKey}, so that table rows can link to their sentence. Rows without a sentence cite none.
 */
export function numberedSources(rows: Dataset['rows']): { sources: NumberedSource[]; ids: Map<string, number> } {
  const sources: NumberedSource[] = [];
  const ids = new Map<string, number>();
  for (const r of rows) {
    const key = sourceKey(r.document, r.sentence);
    if (r.sentence && !ids.has(key)) {
      ids.set(key, sources.length + 1);
      sources.push({ n: sources.length + 1, document: r.document, sentence: r.sentence });
    }
  }
  return { sources, ids };
}
