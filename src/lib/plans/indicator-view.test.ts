import { describe, expect, it } from 'vitest';
import { chartAriaLabel } from '../core/chart-spec.ts';
import { comparisonGroups } from './compare.ts';
import { testApiContext } from '../../../tests/helpers/api-context.ts';
import { indicatorApiItem } from './api.ts';
import { indicatorChart, summarySentence, valueRows } from './indicator-view.ts';
import { loadPlans } from '../../site/plans.ts';

const plans = loadPlans('.');
const view = (plan: string, id: string) => {
  const p = plans.find((x) => x.plan.id === plan)!;
  return { plan: p.plan, planView: p, v: p.indicators.find((x) => x.indicator.id === id)! };
};

describe('indicator views', () => {
  it('writes the summary sentence from the numbers', () => {
    expect(summarySentence(view('lishui-2021-2025', 'disabled-home-coverage').v)).toBe(
      '2020年基期值68%，2025年目标85%（不低于85%），暂无后续数据。',
    );
    expect(summarySentence(view('lishui-2021-2025', 'living-subsidy-coverage').v)).toBe(
      '2020年基期值99%，2025年目标>99%（高于99%），暂无后续数据。',
    );
    expect(summarySentence(view('lishui-2021-2025', 'income-growth').v)).toBe(
      '2025年目标为“与全市生产总值增长同步”，文字目标不作评判。',
    );
    expect(summarySentence(view('xx-district-2023', 'autism-children-rehab').v)).toBe(
      '2023年实际值67名，2023年目标57名（不低于57名），已达标（完成率117.5%）。',
    );
  });

  it('lists baseline, actuals and the target row with sources', () => {
    const rows = valueRows(view('xx-district-2024', 'assistive-device-fitting').v);
    expect(rows.map((r) => [r.label, r.year, r.display, r.source.document])).toEqual([
      ['基期值', 2023, '461人', '004'],
      ['目标值', 2024, '350人以上', '004'],
    ]);
  });

  it('charts baseline, the straight line and the target with its comparator, on a 0–100 % axis', () => {
    const spec = indicatorChart(view('lishui-2021-2025', 'disabled-home-coverage').v);
    expect(spec.labels).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(spec.series.map((s) => [s.label, s.line, s.marker, s.data])).toEqual([
      ['基期值和实际值', 'solid', 'circle', [68, null, null, null, null, null]],
      ['基期到目标的直线（应有进度）', 'dashed', 'none', [68, null, null, null, null, 85]],
      ['2025年目标85%（不低于85%）', 'none', 'rectRot', [null, null, null, null, null, 85]],
    ]);
    expect([spec.yMin, spec.yMax]).toEqual([0, 100]);
    expect(spec.target).toEqual({
      index: 5,
      value: 85,
      comparator: '≥',
    });
    expect(chartAriaLabel(spec)).toBe(
      '“残疾人之家”覆盖率。2020年基期值68%，2025年目标85%（不低于85%），暂无后续数据。',
    );
  });

  it('draws a >99% target over a 99% baseline as a target, not as a flat line', () => {
    const spec = indicatorChart(view('lishui-2021-2025', 'living-subsidy-coverage').v);
    expect(spec.series.map((s) => s.label)).toEqual(['基期值和实际值', '2025年目标>99%（高于99%）']);
    expect(spec.target).toMatchObject({
      value: 99,
      comparator: '>',
    });
    expect([spec.yMin, spec.yMax]).toEqual([0, 100]);
    expect(spec.summary).toContain('>99%（高于99%）');
  });

  it('starts a count axis at 0 and marks a lower bound of a one-year task', () => {
    const spec = indicatorChart(view('xx-district-2023', 'autism-children-rehab').v);
    expect([spec.yMin, spec.yMax]).toEqual([0, undefined]);
    expect(spec.target).toMatchObject({ index: 0, value: 57, comparator: '≥' });
  });

  it('exports JSON with the calculation and a site-wide id', () => {
    const { planView, v } = view('xx-district-2023', 'public-places-accessibility');
    const json = indicatorApiItem(planView, v, testApiContext);
    expect(json.id).toBe('xx-district-2023_public-places-accessibility');
    expect(json.url).toBe('https://example.org/plans/xx-district-2023/public-places-accessibility/');
    expect(json.progress).toMatchObject({ status: 'achieved', label: '已达标' });
    expect(json.progress.completionPercent).toBeCloseTo(145.45, 2);
    expect(json.actuals[0]).not.toHaveProperty('line');
  });
});

describe('comparisonGroups', () => {
  it('pairs indicators of the same name and unit across organisations only', () => {
    expect(
      comparisonGroups(plans).map((g) => [
        g.name,
        g.unit,
        g.entries.map((e) => `${e.plan.plan.id}:${e.view.indicator.target.text}`),
      ]),
    ).toEqual([
      ['残疾人基本康复服务覆盖率', '%', ['ruian-2021:99%以上', 'lishui-2021-2025:≧99%']],
      ['残疾人精准康复服务率', '%', ['ruian-2021:80%以上', 'xx-district-2024:85％以上']],
      ['残疾学生接受高中阶段教育比例', '%', ['huzhou-2021:提升残疾学生接受高中阶段教育比例', 'lishui-2021-2025:≧85%']],
    ]);
  });
});
