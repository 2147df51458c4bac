import type { APIRoute } from 'astro';
import { indicatorJson, planUrl } from '../../lib/plans/indicator-view.ts';
import { loadPlans } from '../../site/plans.ts';
import { PROGRESS_THRESHOLDS } from '../../lib/plans/progress-config.ts';
import { SECTION_URLS } from '../../lib/core/urls.ts';

/** Every plan with its indicators: numbers, sources, status and calculation. */
export const GET: APIRoute = () => {
  const plans = loadPlans().map((p) => ({
    id: p.plan.id,
    org: p.plan.org,
    title: p.plan.title,
    kind: p.plan.kind,
    period: p.plan.period,
    ...(p.plan.baseYear ? { baseYear: p.plan.baseYear } : {}),
    targetYear: p.plan.targetYear,
    url: planUrl(p.plan.id),
    source: p.plan.source,
    indicators: p.indicators.map((v) => indicatorJson(v, p.plan)),
  }));
  const body = { method: { url: SECTION_URLS.plansMethod, thresholds: PROGRESS_THRESHOLDS }, plans };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
