import { formatDate } from '../core/format.ts';
import { groupInto } from '../core/group.ts';
import type { SourceDocument } from './schema.ts';

// What a source page lists: every figure and fact the site takes from the document, each with the page that
// shows it and the sentence it comes from. The site layer gathers them from every feature (src/site/sources.ts);
// this module only names their kinds, orders them and says how a document is dated.

/** The kinds of sourced figure, in the order a source page lists them, with the heading it uses. */
export const FIGURE_KINDS = {
  'dataset-row': '统计数据',
  indicator: '规划指标的基期值和目标值',
  actual: '规划指标的实际值',
  guide: '办事指南中的内容',
  org: '机构的联系方式',
} as const;
export type FigureKind = keyof typeof FIGURE_KINDS;

/** One shown value: `value` is the figure as data (the number, or the words of a target), `text` as shown. */
export interface FigureValue {
  /** What the value is, where a row has several (the column name). */
  label?: string;
  value: string;
  text: string;
}

/** One figure (or one row of figures sharing a sentence) and where it comes from. */
export interface SourcedFigure {
  /** Its anchor on the source page (`figureAnchor` in core/urls.ts). */
  anchor: string;
  /** The source document's id. */
  document: string;
  kind: FigureKind;
  /** What it is, e.g. 重度残疾人护理补贴覆盖率：2020年基期值. */
  what: string;
  values: FigureValue[];
  /** The page that shows it. */
  page: { url: string; title: string };
  /** Other pages that show it too (a plan's table shows each indicator's values). */
  alsoOn?: { url: string; title: string }[];
  /** The sentence (or table row) it comes from, verbatim. */
  quote: string;
  /** Where in the document, e.g. 主要指标表第2行. */
  location?: string;
}

export { figureValue } from '../core/source-ref.ts';

/** The figures of each kind, in FIGURE_KINDS order, leaving out kinds with none. */
export function figuresByKind(figures: readonly SourcedFigure[]): { kind: FigureKind; figures: SourcedFigure[] }[] {
  const groups = groupInto(figures, (f) => f.kind);
  return (Object.keys(FIGURE_KINDS) as FigureKind[]).flatMap((kind) => {
    const list = groups.get(kind);
    return list?.length ? [{ kind, figures: list }] : [];
  });
}

/** How a page dates a document: the date it states, or that it states none and the years it covers. */
export function dateLabel(doc: Pick<SourceDocument, 'date' | 'years'>): string {
  if (doc.date) return formatDate(doc.date);
  const years = [...(doc.years ?? [])].sort((a, b) => a - b);
  if (years.length === 0) return '原文未注明日期';
  const span = years.length === 1 ? `${years[0]}年` : `${years[0]}—${years[years.length - 1]}年`;
  return `原文未注明日期（内容涉及${span}）`;
}
