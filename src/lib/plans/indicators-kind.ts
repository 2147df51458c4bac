import { z } from 'zod';
import { indicatorSchema, type Indicator } from './indicator-schema.ts';
import { WHOLE_FILE, msg, type Problem } from '../core/problem.ts';
import { parseYamlSource } from '../core/yaml-source.ts';
import { validateWithSchema } from '../core/zod-problems.ts';
import type { Entry, FileKind } from '../core/file-kind.ts';
import type { Indicator as IndicatorData } from './indicator-schema.ts';

/** What the indicators file of a plan declares, valid or not (so one bad indicator does not hide the others). */
export interface IndicatorFileInfo {
  plan: string;
  /** Every id written in the file, including those of indicators with problems. */
  ids: string[];
  /** The position of each id's indicator in the list (0-based), for field names such as `indicators[2].target`. */
  positions: Map<string, number>;
}

const envelopeSchema = z
  .object({
    indicators: z
      .array(z.unknown(), msg('indicators 应为列表', '每个指标以“- id: …”开头，缩进两个空格'))
      .min(1, msg('没有任何指标', '在 indicators 下至少写一个指标')),
  })
  .strict();

/** The plan id of a file under `data/plans/<plan>/`. */
export function planOfPath(file: string): string {
  return file.split('/')[2] ?? '';
}

/**
 * Indicators of a plan: `data/plans/<plan>/indicators.yaml`, a list under `indicators:`. Each indicator becomes
 * an entry of kind `indicator` with id `<plan>/<indicator>`; the file itself an entry of kind `indicator-file`.
 */
export const indicatorsKind: FileKind = {
  name: 'indicator',
  label: '规划指标',
  files: { base: 'data/plans', pattern: ['*/indicators.yaml', '*/indicators.yml'] },
  load(file, text) {
    if (text.trim() === '') {
      return {
        entries: [],
        problems: [
          { file, field: WHOLE_FILE, problem: '文件是空的', fix: '按模板在 indicators: 下列出指标，或删除这个文件' },
        ],
      };
    }
    const src = parseYamlSource(text, file);
    if (src.problems.length) return { entries: [], problems: src.problems };
    const envelope = validateWithSchema(envelopeSchema, src.data, file, src.lineOf);
    if (!envelope.value) return { entries: [], problems: envelope.problems };
    const plan = planOfPath(file);
    const problems: Problem[] = [];
    const entries: Entry[] = [];
    const ids: string[] = [];
    const positions = new Map<string, number>();
    const firstLine = new Map<string, number>();
    envelope.value.indicators.forEach((raw, i) => {
      const lineOf = (path: readonly PropertyKey[]) => src.lineOf(['indicators', i, ...path]);
      const rawId = (raw as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') {
        const first = firstLine.get(rawId);
        if (first !== undefined) {
          problems.push({
            file,
            line: lineOf(['id']),
            field: `indicators[${i}].id`,
            problem: `指标编号“${rawId}”与第 ${first} 行的指标重复`,
            fix: '同一规划中每个指标编号只能用一次：改用另一个编号',
          });
          return;
        }
        firstLine.set(rawId, lineOf(['id']));
        ids.push(rawId);
        positions.set(rawId, i);
      }
      const result = validateWithSchema(indicatorSchema, raw, file, lineOf);
      for (const p of result.problems) problems.push({ ...p, field: `indicators[${i}].${p.field}` });
      if (result.value) {
        const entry: Entry<Indicator> = {
          kind: 'indicator',
          id: `${plan}/${result.value.id}`,
          file,
          data: result.value,
          lineOf,
        };
        entries.push(entry);
      }
    });
    const info: IndicatorFileInfo = { plan, ids, positions };
    entries.push({ kind: 'indicator-file', id: plan, file, data: info, lineOf: src.lineOf });
    return { entries, problems };
  },
};

declare module '../core/file-kind.ts' {
  interface KindData {
    indicator: IndicatorData;
    'indicator-file': IndicatorFileInfo;
  }
}
