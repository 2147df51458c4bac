import type { APIRoute } from 'astro';
import { indicatorJson } from '../../../lib/plans/indicator-view.ts';
import { loadPlans, type IndicatorView, type PlanView } from '../../../site/plans.ts';
import { PROGRESS_THRESHOLDS } from '../../../lib/plans/progress-config.ts';
import { SECTION_URLS } from '../../../lib/core/urls.ts';

export function getStaticPaths() {
  return loadPlans().flatMap((p) =>
    p.indicators.map((v) => ({
      params: { plan: p.plan.id, indicator: v.indicator.id },
      props: { planView: p, view: v },
    })),
  );
}

/** One indicator with its numbers, sources, status and calculation. */
export const GET: APIRoute = ({ props }) => {
  const { planView, view } = props as { planView: PlanView; view: IndicatorView };
  const body = {
    ...indicatorJson(view, planView.plan),
    method: { url: SECTION_URLS.plansMethod, thresholds: PROGRESS_THRESHOLDS },
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
