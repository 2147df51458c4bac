import type { APIRoute } from 'astro';
import { tableToCsv } from '../../../lib/core/table-schema.ts';
import { indicatorDownloadName } from '../../../lib/core/urls.ts';
import { INDICATOR_TABLE, indicatorObservations } from '../../../lib/plans/long-form.ts';
import { loadPlans, type IndicatorView, type PlanView } from '../../../site/plans.ts';
import { documentTitle } from '../../../site/downloads.ts';

/** `/plans/<plan>/<plan>_<indicator>.csv`: one indicator's observations, the columns of /downloads/indicators.csv. */
export function getStaticPaths() {
  return loadPlans().flatMap((p) =>
    p.indicators.map((v) => ({
      params: { plan: p.plan.id, download: indicatorDownloadName(p.plan.id, v.indicator.id) },
      props: { planView: p, view: v },
    })),
  );
}

/** Baseline, actuals and target in long form with ids, unit and source, as CSV with a BOM for Excel. */
export const GET: APIRoute = ({ props }) => {
  const { planView, view } = props as { planView: PlanView; view: IndicatorView };
  const rows = indicatorObservations(planView, view, (id) => documentTitle(id));
  return new Response(tableToCsv(INDICATOR_TABLE, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
