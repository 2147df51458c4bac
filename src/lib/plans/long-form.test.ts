import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { documentLabel } from '../core/source-text.ts';
import { tableToJson } from '../core/table-schema.ts';
import { loadPlans } from '../../site/plans.ts';
import { INDICATOR_TABLE, indicatorCsv, indicatorObservations } from './long-form.ts';

const plans = loadPlans('.');
const find = (plan: string, id: string) => {
  const p = plans.find((x) => x.plan.id === plan)!;
  return { p, v: p.indicators.find((x) => x.indicator.id === id)! };
};
const titleOf = (id: string) => `标题${id}`;

describe('indicator downloads in long form', () => {
  it('names organisation, plan, indicator, unit and source in every row, the table row quoted as text', () => {
    const { p, v } = find('lishui-2021-2025', 'living-subsidy-coverage');
    const rows = tableToJson(INDICATOR_TABLE, indicatorObservations(p, v, titleOf));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      org_id: 'lishui',
      org_name: '丽水市残疾人联合会',
      plan_id: 'lishui-2021-2025',
      indicator_id: 'living-subsidy-coverage',
      indicator_name: '困难残疾人生活补贴覆盖率',
      kind: '基期值',
      year: 2020,
      value: 99,
      unit: '%',
      comparator: null,
      status: '暂无数据',
      source_document: '标题003',
      source_document_id: '文件003',
      source_text:
        '“十四五”时期残疾人事业发展主要指标表第2行，各栏依次为：2；困难残疾人生活补贴覆盖率；99%；>99%；约束性',
      page: '/plans/lishui-2021-2025/living-subsidy-coverage/',
    });
    expect(rows[1]).toMatchObject({ kind: '目标值', year: 2025, value: 99, comparator: '高于', value_text: '>99%' });
    expect(rows.every((r) => !String(r.source_text).includes(' | '))).toBe(true);
  });

  it('writes the actuals of a judged indicator with its status', () => {
    const { p, v } = find('xx-district-2023', 'public-places-accessibility');
    const rows = tableToJson(INDICATOR_TABLE, indicatorObservations(p, v, titleOf));
    expect(rows.map((r) => [r.kind, r.year, r.value, r.unit, r.comparator, r.status])).toEqual([
      ['实际值', 2023, 16, '个', null, '已达标'],
      ['目标值', 2023, 11, '个', '不低于', '已达标'],
    ]);
    expect(rows[0]?.org_name).toBe('XX区残疾人联合会（原文匿名）');
  });

  it('writes CSV whose rows carry the id columns and never a bare document id', () => {
    const { p, v } = find('lishui-2021-2025', 'living-subsidy-coverage');
    const csv = indicatorCsv(p, v, titleOf);
    const [titles, names, ...rows] = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(titles?.slice(0, 6)).toEqual(['机构编号', '机构', '规划编号', '规划', '指标编号', '指标']);
    expect(names?.slice(0, 6)).toEqual([
      'org_id',
      'org_name',
      'plan_id',
      'plan_title',
      'indicator_id',
      'indicator_name',
    ]);
    const at = (name: string) => names!.indexOf(name);
    for (const r of rows) {
      expect(r[at('source_document_id')]).toBe(documentLabel('003'));
      expect(r).not.toContain('003');
    }
  });

  it('has no two fields with one name or one title', () => {
    const names = INDICATOR_TABLE.fields.map((f) => f.name);
    const titles = INDICATOR_TABLE.fields.map((f) => f.title);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(titles).size).toBe(titles.length);
    expect(names.every((n) => /^[a-z][a-z0-9_]*$/.test(n))).toBe(true);
  });
});
