import { pageInShard } from '../../../site/shard.ts';
import type { APIRoute } from 'astro';
import { tableToJson } from '../../../lib/core/table-schema.ts';
import { indicatorDownloadName } from '../../../lib/core/urls.ts';
import { indicatorApiItem, progressMethod } from '../../../lib/plans/api.ts';
import { INDICATOR_TABLE, indicatorObservations } from '../../../lib/plans/long-form.ts';
import { indicatorPages, type IndicatorView, type PlanView } from '../../../site/plans.ts';
import { apiContext, jsonResponse } from '../../../site/api.ts';
import { documentTitle } from '../../../site/downloads.ts';

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

/**
 * One indicator as /api/indicators.json lists it (the same fields, site-wide id and absolute addresses), with the
 * progress method and its observations in the long form of /downloads/indicators.json (ids, names, unit, source
 * title and text in every row).
 */
export const GET: APIRoute = ({ props }) => {
  const { planView, view } = props as { planView: PlanView; view: IndicatorView };
  const ctx = apiContext();
  return jsonResponse({
    ...indicatorApiItem(planView, view, ctx),
    method: progressMethod(ctx),
    observations: tableToJson(
      INDICATOR_TABLE,
      indicatorObservations(planView, view, (id) => documentTitle(id)),
    ),
  });
};
