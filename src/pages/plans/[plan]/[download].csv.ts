import { pageInShard } from '../../../site/shard.ts';
import type { APIRoute } from 'astro';
import { tableToCsv } from '../../../lib/core/table-schema.ts';
import { indicatorDownloadName } from '../../../lib/core/urls.ts';
import { INDICATOR_TABLE, indicatorObservations } from '../../../lib/plans/long-form.ts';
import { indicatorPages, type IndicatorView, type PlanView } from '../../../site/plans.ts';
import { documentTitle } from '../../../site/downloads.ts';

/** `/plans/<plan>/<plan>_<indicator>.csv`: one indicator's observations, the columns of /downloads/indicators.csv. */
export function getStaticPaths() {
  return indicatorPages()
    .filter((p) => pageInShard(p.planView.plan.org))
    .map((props) => ({
      params: {
        plan: props.planView.plan.id,
        download: indicatorDownloadName(props.planView.plan.id, props.view.indicator.id),
      },
      props,
    }));
}

/** Baseline, actuals and target in long form with ids, unit and source, as CSV with a BOM for Excel. */
export const GET: APIRoute = ({ props }) => {
  const { planView, view } = props as { planView: PlanView; view: IndicatorView };
  const rows = indicatorObservations(planView, view, (id) => documentTitle(id));
  return new Response(tableToCsv(INDICATOR_TABLE, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
