import type { APIRoute } from 'astro';
import { indicatorCsv } from '../../../lib/plans/indicator-view.ts';
import { loadPlans, type IndicatorView } from '../../../site/plans.ts';

export function getStaticPaths() {
  return loadPlans().flatMap((p) =>
    p.indicators.map((v) => ({ params: { plan: p.plan.id, indicator: v.indicator.id }, props: { view: v } })),
  );
}

/** One indicator's numbers (baseline, actuals, target) with sources, as CSV with a BOM for Excel. */
export const GET: APIRoute = ({ props }) =>
  new Response(indicatorCsv((props as { view: IndicatorView }).view), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
