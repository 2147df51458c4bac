import { WHOLE_FILE, type Problem } from '../core/problem.ts';
import { orgCommitted } from '../orgs/committed.ts';
import type { CrossCheck } from '../core/file-kind.ts';

/** Lists ids for a message, at most `max` of them. */
function listIds(ids: string[], max = 12): string {
  return ids.length > max ? `${ids.slice(0, max).join('、')} 等` : ids.join('、');
}

/** Every plan names an organisation that exists. */
export const planOrgExists: CrossCheck = (index) => {
  const problems: Problem[] = [];
  for (const entry of index.byKind('plan')) {
    const plan = entry.data;
    if (orgCommitted(index, plan.org)) continue;
    problems.push({
      file: entry.file,
      line: entry.lineOf(['org']),
      field: 'org',
      problem: `机构“${plan.org}”不存在`,
      fix: `改为 data/orgs/ 中已有的机构编号（${listIds(index.byKind('org').map((o) => o.id))}），或先在 data/orgs/ 添加该机构`,
    });
  }
  return problems;
};

/**
 * Files in `data/plans/<plan>/` belong to a plan file `data/plans/<plan>.yaml`, and every plan has an
 * indicators file.
 */
export const planFilesMatch: CrossCheck = (index) => {
  const problems: Problem[] = [];
  const plans = new Set(index.byKind('plan').map((p) => p.id));
  const withIndicators = new Set(index.byKind('indicator-file').map((f) => f.id));
  const orphanFiles = new Set<string>();
  for (const entry of [...index.byKind('indicator-file'), ...index.byKind('actual')]) {
    const plan = entry.id.split('/')[0] ?? '';
    // A plan file that exists but is invalid has its own problem; it is not missing.
    const planFileExists = index.hasFile(`data/plans/${plan}.yaml`) || index.hasFile(`data/plans/${plan}.yml`);
    if (plans.has(plan) || planFileExists || orphanFiles.has(entry.file)) continue;
    orphanFiles.add(entry.file);
    problems.push({
      file: entry.file,
      field: WHOLE_FILE,
      problem: `找不到规划文件 data/plans/${plan}.yaml`,
      fix: `先添加 data/plans/${plan}.yaml（规划的标题、机构、年份和来源），或把这个文件移到已有规划的文件夹中`,
    });
  }
  for (const entry of index.byKind('plan')) {
    const indicatorsExist =
      index.hasFile(`data/plans/${entry.id}/indicators.yaml`) || index.hasFile(`data/plans/${entry.id}/indicators.yml`);
    if (withIndicators.has(entry.id) || indicatorsExist) continue;
    problems.push({
      file: entry.file,
      field: WHOLE_FILE,
      problem: `规划没有指标文件 data/plans/${entry.id}/indicators.yaml`,
      fix: `添加 data/plans/${entry.id}/indicators.yaml（可用 npm run import:indicators -- <文件> --plan ${entry.id} 从指标表生成）`,
    });
  }
  return problems;
};

/** Every actual value belongs to an indicator listed in its plan's indicators file. */
export const actualIndicatorExists: CrossCheck = (index) => {
  const problems: Problem[] = [];
  for (const entry of index.byKind('actual')) {
    const actual = entry.data;
    const plan = entry.id.split('/')[0] ?? '';
    const info = index.get('indicator-file', plan)?.data;
    if (!info || info.ids.includes(actual.indicator)) continue;
    problems.push({
      file: entry.file,
      line: actual.line,
      field: 'indicator',
      problem: `指标“${actual.indicator}”不在 data/plans/${plan}/indicators.yaml 中`,
      fix: `改为已有的指标编号（${listIds(info.ids)}），或先在 indicators.yaml 中添加该指标`,
    });
  }
  return problems;
};
