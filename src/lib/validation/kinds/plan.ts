import { planSchema } from '../../schemas/plan.ts';
import { baseName, schemaKind } from './yaml-kind.ts';

/** Plans with indicators: `data/plans/<plan-id>.yaml` (indicators and actuals in the folder of the same name). */
export const planKind = schemaKind({
  name: 'plan',
  label: '规划',
  pattern: /^data\/plans\/[^/]+\.ya?ml$/,
  schema: planSchema,
  format: 'yaml',
  idFromPath: baseName,
  extra(plan, entry) {
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
