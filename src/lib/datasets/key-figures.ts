import { DATASET_TOPICS } from './schema.ts';
import { datasetUrl, periodLabel } from './catalogue.ts';
import { withUnit } from './format-cell.ts';
import type { Dataset } from './types.ts';
import { groupInto, oncePer } from '../core/group.ts';
import { figureAnchor } from '../core/urls.ts';

/** One number from a dataset, ready to show on another page with its source. */
export interface KeyFigure {
  /** What the number counts, e.g. 持证残疾人. */
  label: string;
  value: number;
  /** The number with its unit for display, e.g. 8,723人. */
  text: string;
  unit?: string;
  /** Organisation the number is about. */
  org: string;
  /** 2023年（截止10月底）. */
  period: string;
  topic: string;
  /** Where the number lives: the dataset page (link to it rather than repeating its source in full). */
  datasetId: string;
  datasetTitle: string;
  url: string;
  /** Source document id (e.g. 004) and the verbatim sentence. */
  document: string;
  sentence: string;
  /** The row's entry on its source document's page (`figureAnchor.datasetRow`). */
  anchor: string;
}

/** Every key figure of a list of datasets, worked out once per list (organisation and report pages each ask). */
const computed = new WeakMap<readonly Dataset[], KeyFigure[]>();

function allKeyFigures(datasets: readonly Dataset[]): KeyFigure[] {
  const known = computed.get(datasets);
  if (known) return known;
  const out: KeyFigure[] = [];
  for (const d of datasets) {
    for (const h of d.meta.highlights ?? []) {
      const at = d.rows.findIndex((r) => Object.entries(h.row).every(([k, v]) => r.raw[k] === v));
      const row = d.rows[at];
      const col = d.meta.columns.find((c) => c.name === h.column);
      const value = row?.cells[h.column];
      if (!row || !col || typeof value !== 'number') continue;
      out.push({
        label: h.label,
        value,
        text: withUnit(value, col),
        ...(col.type === 'percent' ? { unit: '%' } : col.unit ? { unit: col.unit } : {}),
        org: row.org,
        period: periodLabel(d.meta),
        topic: DATASET_TOPICS[d.meta.topic],
        datasetId: d.id,
        datasetTitle: d.meta.title,
        url: datasetUrl(d.id),
        document: row.document,
        sentence: row.sentence,
        anchor: figureAnchor.datasetRow(d.id, at),
      });
    }
  }
  computed.set(datasets, out);
  return out;
}

/**
 * The key figures (metadata `highlights`) of the given datasets, optionally only those about one organisation
 * or taken from one source document. Organisation and report pages show these instead of retyping numbers, so
 * each number exists once — in its dataset, with its source sentence.
 */
export function keyFigures(
  datasets: readonly Dataset[],
  filter: { org?: string; document?: string } = {},
): KeyFigure[] {
  const all = allKeyFigures(datasets);
  // Every organisation and report page asks: look the figures up by key instead of scanning all of them each time.
  const some =
    filter.org !== undefined && filter.org !== ''
      ? (oncePer(all, 'org', (l) => groupInto(l, (f) => f.org)).get(filter.org) ?? [])
      : filter.document !== undefined && filter.document !== ''
        ? (oncePer(all, 'document', (l) => groupInto(l, (f) => f.document)).get(filter.document) ?? [])
        : all;
  return some.filter(
    (f) => (!filter.org || f.org === filter.org) && (!filter.document || f.document === filter.document),
  );
}
