import type { APIRoute } from 'astro';
import { tableToJson } from '../../../lib/core/table-schema.ts';
import { indicatorDownloadName, SECTION_URLS } from '../../../lib/core/urls.ts';
import { indicatorJson } from '../../../lib/plans/indicator-view.ts';
import { INDICATOR_TABLE, indicatorObservations } from '../../../lib/plans/long-form.ts';
import { PROGRESS_THRESHOLDS } from '../../../lib/plans/progress-config.ts';
import { indicatorPages, type IndicatorView, type PlanView } from '../../../site/plans.ts';
import { documentTitle } from '../../../site/downloads.ts';

export function getStaticPaths() {
  return indicatorPages().map((props) => ({
    params: {
      plan: props.planView.plan.id,
      download: indicatorDownloadName(props.planView.plan.id, props.view.indicator.id),
    },
    props,
  }));
}

/**
 * One indicator with its numbers, sources, status and calculation, and its observations in the long form of
 * /downloads/indicators.json (ids, names, unit, source title and text in every row).
 */
export const GET: APIRoute = ({ props }) => {
  const { planView, view } = props as { planView: PlanView; view: IndicatorView };
  const body = {
    ...indicatorJson(view, planView.plan),
    method: { url: SECTION_URLS.plansMethod, thresholds: PROGRESS_THRESHOLDS },
    observations: tableToJson(
      INDICATOR_TABLE,
      indicatorObservations(planView, view, (id) => documentTitle(id)),
    ),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
