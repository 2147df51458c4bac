// Shared by the dataset tests (src/lib/datasets/*.test.ts): builds a dataset from YAML and CSV text without
// touching the disk.
import { parseCsvText } from '../../src/lib/core/csv/parse.ts';
import { datasetSchema } from '../../src/lib/datasets/schema.ts';
import { formatProblem, sortProblems } from '../../src/lib/core/problem.ts';
import { parseYamlSource } from '../../src/lib/core/yaml-source.ts';
import { validateWithSchema } from '../../src/lib/core/zod-problems.ts';
import { buildDataset } from '../../src/lib/datasets/build.ts';
import { checkDatasetMeta } from '../../src/lib/datasets/meta-checks.ts';
import type { OrgRef } from '../../src/lib/datasets/types.ts';

/** Two made-up organisations for tests. */
export const TEST_ORGS: OrgRef[] = [
  { id: 'demo', name: '示例市残疾人联合会', shortName: '示例市残联', region: '示例市' },
  { id: 'demo-two', name: '样例县残疾人联合会', shortName: '样例县残联', region: '样例县' },
];

/** Validates metadata and CSV text as the site check does; returns the dataset and formatted messages. */
export function buildFromText(yaml: string, csv: string) {
  const metaFile = 'data/datasets/t.yaml';
  const csvFile = 'data/datasets/t.csv';
  const src = parseYamlSource(yaml, metaFile);
  const { value: meta, problems } = validateWithSchema(datasetSchema, src.data, metaFile, src.lineOf);
  if (!meta) return { messages: problems.map(formatProblem) };
  const metaProblems = checkDatasetMeta(meta, metaFile, src.lineOf);
  const parsed = parseCsvText(csv, csvFile);
  if (!parsed.table) return { messages: [...metaProblems, ...parsed.problems].map(formatProblem) };
  const built = buildDataset({
    id: 't',
    meta,
    metaFile,
    metaLineOf: src.lineOf,
    csvFile,
    decoded: { text: csv, encoding: 'utf-8', bom: false },
    table: parsed.table,
    orgs: TEST_ORGS,
  });
  return {
    dataset: built.dataset,
    messages: sortProblems([...metaProblems, ...parsed.problems, ...built.problems]).map(formatProblem),
  };
}
