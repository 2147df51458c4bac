import { describe, expect, it } from 'vitest';
import { readSeed, type SEEDS } from '../../tests/fixtures/import/seeds.ts';
import { loadPlans } from './plans.ts';

const plans = loadPlans('.');
const byId = (id: string) => {
  const p = plans.find((v) => v.plan.id === id);
  if (!p) throw new Error(`no plan ${id}`);
  return p;
};

const seed = (id: string) => readSeed(id as keyof typeof SEEDS);

describe('plans of the site', () => {
  it('loads the five plans with their organisations', () => {
    expect(plans.map((p) => `${p.plan.id}:${p.indicators.length}`)).toEqual([
      'huzhou-2021:1',
      'lishui-2021-2025:36',
      'ruian-2021:12',
      'xx-district-2023:3',
      'xx-district-2024:22',
    ]);
    expect(plans.every((p) => p.org)).toBe(true);
  });

  it('holds the 14 main indicators of document 003 with 2020 baselines, 2025 targets and attributes', () => {
    const main = byId('lishui-2021-2025').indicators.filter((v) => v.indicator.main);
    expect(
      main.map(({ indicator: i }) => [
        i.name,
        i.baseline?.value ?? null,
        i.target.text,
        i.target.kind === 'numeric' ? `${i.target.comparator}${i.target.value}` : 'qualitative',
        i.attribute,
      ]),
    ).toEqual([
      ['残疾人家庭人均可支配收入年均增速', null, '与全市生产总值增长同步', 'qualitative', '预期性'],
      ['困难残疾人生活补贴覆盖率', 99, '>99%', '>99', '约束性'],
      ['重度残疾人护理补贴覆盖率', 98, '>99%', '>99', '约束性'],
      ['“残疾人之家”覆盖率', 68, '85%', '≥85', '约束性'],
      ['残疾人专业托养机构覆盖率', 54, '>90%', '>90', '约束性'],
      ['规范化残疾儿童康复机构覆盖率', 60, '>90%', '>90', '约束性'],
      ['残疾人城乡居民基本养老保险参保率', 99, '≧99%', '≥99', '预期性'],
      ['残疾人城乡居民基本医疗保险参保率', 98, '>99%', '>99', '预期性'],
      ['残疾人就业率', 53, '60%', '≥60', '预期性'],
      ['残疾学生接受高中阶段教育比例', 67, '≧85%', '≥85', '约束性'],
      ['残疾人基本康复服务覆盖率', 98, '≧99%', '≥99', '约束性'],
      ['残疾人辅助器具适配率', 96, '≧99%', '≥99', '约束性'],
      ['符合条件残疾人家庭无障碍改造率', 90, '≧95%', '≥95', '约束性'],
      ['残疾人文体服务覆盖率', 86, '≧95%', '≥95', '预期性'],
    ]);
    expect(main.every((v) => v.progress.status === 'not-assessable')).toBe(true);
  });

  it('judges the 2023 tasks of document 004 from the reported values', () => {
    const tasks = byId('xx-district-2023').indicators;
    expect(
      tasks.map((v) => [
        v.indicator.id,
        v.indicator.target.kind === 'numeric' ? v.indicator.target.value : null,
        v.actuals.map((a) => a.value),
        v.progress.status,
        v.progress.completionPercent?.toFixed(1),
      ]),
    ).toEqual([
      ['autism-children-rehab', 57, [67], 'achieved', '117.5'],
      ['public-places-accessibility', 11, [16], 'achieved', '145.5'],
      ['new-stable-employment', 30, [34], 'achieved', '113.3'],
    ]);
  });

  it('has actual values only where a document reports them', () => {
    const withActuals = plans.flatMap((p) =>
      p.indicators.filter((v) => v.actuals.length).map((v) => `${p.plan.id}/${v.indicator.id}`),
    );
    expect(withActuals).toEqual([
      'xx-district-2023/autism-children-rehab',
      'xx-district-2023/public-places-accessibility',
      'xx-district-2023/new-stable-employment',
    ]);
  });

  it('quotes every source verbatim and shows each target as the quote writes it', () => {
    const problems: string[] = [];
    for (const p of plans) {
      for (const { indicator: i, actuals } of p.indicators) {
        const refs = [i.source, i.baseline?.source, i.target.source, ...actuals.map((a) => a.source)];
        for (const ref of refs) {
          if (!ref) continue;
          const text = seed(ref.document);
          // Table rows are quoted as their cells joined by “ | ” (the document has one cell per line).
          const parts = ref.quote.split(' | ');
          const lines = text.split('\n').map((l) => l.trim());
          const ok = parts.length > 1 ? parts.every((c) => lines.includes(c)) : text.includes(ref.quote);
          if (!ok) problems.push(`${p.plan.id}/${i.id}: ${ref.quote}`);
        }
        const quote = (i.target.source ?? i.source).quote;
        if (!quote.includes(i.target.text) && !i.target.note)
          problems.push(`${p.plan.id}/${i.id}: target ${i.target.text}`);
        if (i.baseline?.text && !(i.baseline.source ?? i.source).quote.includes(i.baseline.text)) {
          problems.push(`${p.plan.id}/${i.id}: baseline ${i.baseline.text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
