import { planSchema } from './schema.ts';
import { baseName, schemaKind } from '../core/yaml-kind.ts';
import type { Plan } from './schema.ts';

/** Plan ids that would collide with fixed pages under /plans/. */
export const RESERVED_PLAN_IDS = ['method', 'compare'];

/** Plans with indicators: `data/plans/<plan-id>.yaml` (indicators and actuals in the folder of the same name). */
export const planKind = schemaKind({
  name: 'plan',
  label: '规划',
  files: { base: 'data/plans', pattern: ['*.yaml', '*.yml'] },
  schema: planSchema,
  format: 'yaml',
  idFromPath: baseName,
  extra(plan, entry) {
    // These addresses are pages of their own (/plans/method/, /plans/compare/).
    if (RESERVED_PLAN_IDS.includes(plan.id)) {
      return [
        {
          file: entry.file,
          line: entry.lineOf(['id']),
          field: 'id',
          problem: `编号“${plan.id}”是网站保留的地址，不能用作规划编号`,
          fix: '改用包含机构和年份的编号，例如 lishui-2021-2025（文件名和指标文件夹一起改）',
        },
      ];
    }
    if (plan.id === entry.id) return [];
    return [
      {
        file: entry.file,
        line: entry.lineOf(['id']),
        field: 'id',
        problem: `编号“${plan.id}”与文件名“${entry.id}”不一致`,
        fix: `把 id 改为 ${entry.id}，或把文件改名为 ${plan.id}.yaml（指标文件夹 data/plans/${entry.id}/ 也要一起改名）`,
      },
    ];
  },
});

declare module '../core/file-kind.ts' {
  interface KindData {
    plan: Plan;
  }
}
