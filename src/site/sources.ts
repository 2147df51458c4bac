// The register of source documents for pages, and every figure the site takes from each document. A page names a
// document through `sourceDocument(id)` (its title, publisher, date and page address), never by its number or
// file name; the source page lists `figuresOfSource(id)`.
import { basename } from 'node:path';
import { checkSite } from '../lib/check/check-site.ts';
import { groupInto } from '../lib/core/group.ts';
import {
  SECTION_URLS,
  datasetUrl,
  figureAnchor,
  guideUrl,
  indicatorUrl,
  orgUrl,
  planUrl,
  sourceUrl,
} from '../lib/core/urls.ts';
import { isNumeric } from '../lib/datasets/meta-checks.ts';
import { columnHeading, withUnit as cellWithUnit } from '../lib/datasets/format-cell.ts';
import { CONTACT_LABELS, type ContactField } from '../lib/orgs/contact.ts';
import { ANONYMISED_MARK, orgLabel } from '../lib/orgs/display.ts';
import { valueRows } from '../lib/plans/indicator-view.ts';
import { comparisonGroups } from '../lib/plans/compare.ts';

import { dateLabel, figureValue, type SourcedFigure } from '../lib/sources/figures.ts';
import type { SourceDocument } from '../lib/sources/schema.ts';
import { loadDatasets } from './datasets.ts';
import { loadPlans } from './plans.ts';

/** A registered source document as pages show it. */
export interface SourceInfo extends SourceDocument {
  /** Its page on this site, `/sources/<id>/`. */
  href: string;
  /** The date it states, or 原文未注明日期（内容涉及2020—2021年）. */
  dateText: string;
  /** The kept file's name (for matching the report imported from it; never shown). */
  fileName: string;
  /** The publisher's name as pages show it: an anonymised organisation carries its mark (XX区残疾人联合会（原文匿名）). */
  publisherLabel: string;
}

const registers = new Map<string, Map<string, SourceInfo>>();

function register(root: string): Map<string, SourceInfo> {
  let map = registers.get(root);
  if (!map) {
    const { index } = checkSite(root, ['data/sources']);
    const orgs = new Map(
      checkSite(root, ['data/orgs'])
        .index.byKind('org')
        .map((o) => [o.id, o.data]),
    );
    const publisherLabel = (p: SourceDocument['publisher']) => {
      const org = p.org ? orgs.get(p.org) : undefined;
      return org?.anonymised ? `${p.name}${ANONYMISED_MARK}` : p.name;
    };
    map = new Map(
      index
        .byKind('source')
        .map((e) => e.data)
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((d) => [
          d.id,
          {
            ...d,
            href: sourceUrl(d.id),
            dateText: dateLabel(d),
            fileName: basename(d.file),
            publisherLabel: publisherLabel(d.publisher),
          },
        ]),
    );
    registers.set(root, map);
  }
  return map;
}

/** The registered document with this id (`003`), or undefined when it is not in the register. */
export function sourceDocument(id: string, root: string = process.cwd()): SourceInfo | undefined {
  return register(root).get(id);
}

/** Every registered document, by id. */
export function allSourceDocuments(root: string = process.cwd()): SourceInfo[] {
  return [...register(root).values()];
}

/** The registered document whose kept file has this name (a report's `source.file`), or undefined. */
export function sourceOfFile(fileName: string, root: string = process.cwd()): SourceInfo | undefined {
  return allSourceDocuments(root).find((d) => d.fileName === fileName);
}

const figureCache = new Map<string, Map<string, SourcedFigure[]>>();

/** Every figure and fact the site takes from document `id`, in the order the site shows them. */
export function figuresOfSource(id: string, root: string = process.cwd()): SourcedFigure[] {
  let byDoc = figureCache.get(root);
  if (!byDoc) {
    byDoc = groupInto(allFigures(root), (f) => f.document);
    figureCache.set(root, byDoc);
  }
  return byDoc.get(id) ?? [];
}

function allFigures(root: string): SourcedFigure[] {
  const out: SourcedFigure[] = [];
  for (const d of loadDatasets(root).datasets) {
    const numeric = d.meta.columns.filter((c) => isNumeric(c.type) && c.role === undefined);
    const keys = d.meta.key;
    d.rows.forEach((r, i) => {
      if (!r.sentence) return;
      const values = numeric.flatMap((c) => {
        const v = r.cells[c.name];
        return typeof v === 'number'
          ? [{ label: columnHeading(c), value: figureValue(v), text: cellWithUnit(v, c) }]
          : [];
      });
      const rowLabel = keys
        .map((k) => r.raw[k])
        .filter(Boolean)
        .join('，');
      out.push({
        anchor: figureAnchor.datasetRow(d.id, i),
        document: r.document,
        kind: 'dataset-row',
        what: rowLabel ? `${d.meta.title}：${rowLabel}${r.total ? '（合计）' : ''}` : d.meta.title,
        values,
        page: { url: datasetUrl(d.id), title: d.meta.title },
        quote: r.sentence,
      });
    });
  }
  const plans = loadPlans(root);
  // Indicators the comparison across regions shows (baseline, target and latest actual, as the plan's table).
  const compared = new Set(comparisonGroups(plans).flatMap((g) => g.entries.map((e) => e.view)));
  for (const p of plans) {
    for (const v of p.indicators) {
      const i = v.indicator;
      const rows = valueRows(v);
      // The plan's table shows the baseline, the latest actual and the target.
      const latest = rows.filter((r) => r.kind === 'actual').at(-1);
      for (const row of rows) {
        out.push({
          anchor: figureAnchor.indicatorValue(p.plan.id, i.id, row.kind, row.year),
          document: row.source.document,
          kind: row.kind === 'actual' ? 'actual' : 'indicator',
          what: `${i.name}：${row.year}年${row.label}`,
          values: [
            row.value === undefined
              ? { value: figureValue(row.display), text: row.display }
              : { value: figureValue(row.value), text: row.display },
          ],
          page: { url: indicatorUrl(p.plan.id, i.id), title: `${p.plan.title}：${i.name}` },
          ...(row.kind !== 'actual' || row === latest
            ? {
                alsoOn: [
                  { url: planUrl(p.plan.id), title: p.plan.title },
                  ...(compared.has(v) ? [{ url: SECTION_URLS.plansCompare, title: '同名指标对比' }] : []),
                ],
              }
            : {}),
          quote: row.source.quote,
          ...(row.source.location ? { location: row.source.location } : {}),
        });
      }
    }
  }
  const { index } = checkSite(root);
  for (const g of index.byKind('guide')) {
    // A sentence quoted twice (for two fields) is listed once, under its first mention, as the guide shows it.
    const seen = new Set<string>();
    g.data.sources.forEach((s, n) => {
      const key = `${s.document}\u0000${s.quote}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        anchor: figureAnchor.guideFact(g.id, n),
        document: s.document,
        kind: 'guide',
        what: g.data.title,
        values: [],
        page: { url: guideUrl(g.id), title: g.data.title },
        quote: s.quote,
      });
    });
  }
  for (const o of index.byKind('org')) {
    const contact = o.data.contact ?? {};
    for (const field of Object.keys(CONTACT_LABELS) as ContactField[]) {
      const item = contact[field];
      if (!item) continue;
      out.push({
        anchor: figureAnchor.orgFact(o.id, field),
        document: item.source.document,
        kind: 'org',
        what: `${orgLabel(o.data)}：${CONTACT_LABELS[field]}`,
        values: [{ value: item.value, text: item.value }],
        page: { url: orgUrl(o.id), title: orgLabel(o.data) },
        quote: item.source.quote,
      });
    }
  }
  return out;
}
