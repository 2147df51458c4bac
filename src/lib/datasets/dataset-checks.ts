import { buildDataset } from './build.ts';
import { orgCommitted, knownOrgs } from '../orgs/committed.ts';
import type { Dataset, OrgRef } from './types.ts';
import type { DatasetMeta } from './schema.ts';
import { WHOLE_FILE, type Problem } from '../core/problem.ts';
import type { DatasetCsvData } from './kind.ts';
import type { CrossCheck, Entry, EntryIndex } from '../core/file-kind.ts';

/** Every CSV has its metadata and every metadata file its CSV. */
export const datasetFilesPaired: CrossCheck = (index) => {
  const problems: Problem[] = [];
  for (const csv of index.byKind('dataset-csv')) {
    if (
      !index.get('dataset', csv.id) &&
      !index.hasFile(`data/datasets/${csv.id}.yaml`) &&
      !index.hasFile(`data/datasets/${csv.id}.yml`)
    ) {
      problems.push({
        file: csv.file,
        field: WHOLE_FILE,
        problem: `没有说明文件 data/datasets/${csv.id}.yaml`,
        fix: '每个数据表都要有同名的 .yaml 说明（标题、机构、来源、各列的类型和单位）：复制一个已有的说明文件并修改',
      });
    }
  }
  for (const meta of index.byKind('dataset')) {
    if (!index.get('dataset-csv', meta.id) && !index.hasFile(`data/datasets/${meta.id}.csv`)) {
      problems.push({
        file: meta.file,
        field: WHOLE_FILE,
        problem: `没有数据表 data/datasets/${meta.id}.csv`,
        fix: `把数据表另存为 CSV，命名为 ${meta.id}.csv，放在同一文件夹；或删除这个说明文件`,
      });
    }
  }
  return problems;
};

/** Every organisation a dataset names exists. */
export const datasetOrgExists: CrossCheck = (index) => {
  const problems: Problem[] = [];
  for (const entry of index.byKind('dataset')) {
    const meta = entry.data;
    meta.org.forEach((org, i) => {
      if (orgCommitted(index, org)) return;
      problems.push({
        file: entry.file,
        line: entry.lineOf(['org', ...(meta.org.length > 1 ? [i] : [])]),
        field: 'org',
        problem: `机构“${org}”不存在`,
        fix: `改为 data/orgs/ 中已有的机构编号${knownOrgs(index)}，或先在 data/orgs/ 添加该机构`,
      });
    });
  }
  return problems;
};

function orgRefs(index: EntryIndex): OrgRef[] {
  return index.byKind('org').map((o) => {
    const d = o.data;
    return { id: o.id, name: d.name, shortName: d.shortName, region: d.region };
  });
}

/** Applies one dataset's metadata to its CSV (see `buildDataset`), after checking the declared encoding. */
export function buildFromEntries(
  meta: Entry<DatasetMeta>,
  csv: Entry<DatasetCsvData>,
  orgs: OrgRef[],
): { dataset?: Dataset; problems: Problem[] } {
  const m = meta.data;
  const c = csv.data;
  const problems: Problem[] = [];
  if (m.encoding === 'gb18030' && c.decoded.encoding === 'utf-8' && (c.decoded.bom || c.nonAscii)) {
    problems.push({
      file: meta.file,
      line: meta.lineOf(['encoding']),
      field: 'encoding',
      problem: `写明是 gb18030，但 ${csv.file} 实际是 UTF-8 编码`,
      fix: '删除 encoding 这一行（UTF-8 是默认编码，不用写）',
    });
  }
  if (m.encoding === 'utf-8' && c.decoded.encoding === 'gb18030') {
    problems.push({
      file: meta.file,
      line: meta.lineOf(['encoding']),
      field: 'encoding',
      problem: `写明是 utf-8，但 ${csv.file} 实际是 GB18030/GBK 编码（Excel 在中文 Windows 上的默认）`,
      fix: '把 encoding 改为 gb18030，或在 Excel 中“另存为”CSV UTF-8（逗号分隔）',
    });
  }
  const built = buildDataset({
    id: meta.id,
    meta: m,
    metaFile: meta.file,
    metaLineOf: meta.lineOf,
    csvFile: csv.file,
    decoded: c.decoded,
    table: c.table,
    orgs,
  });
  return { dataset: built.dataset, problems: [...problems, ...built.problems] };
}

/** Each dataset's CSV agrees with its metadata: columns, types, units, provenance, keys and totals. */
export const datasetContent: CrossCheck = (index) => {
  const orgs = orgRefs(index);
  const problems: Problem[] = [];
  for (const meta of index.byKind('dataset')) {
    const csv = index.get('dataset-csv', meta.id);
    if (csv) problems.push(...buildFromEntries(meta, csv, orgs).problems);
  }
  return problems;
};

/** Every dataset with both files, built from a validated index (for pages and downloads). */
export function datasetsFromIndex(index: EntryIndex): { datasets: Dataset[]; problems: Problem[] } {
  const orgs = orgRefs(index);
  const datasets: Dataset[] = [];
  const problems: Problem[] = [];
  for (const meta of index.byKind('dataset')) {
    const csv = index.get('dataset-csv', meta.id);
    if (!csv) continue;
    const built = buildFromEntries(meta, csv, orgs);
    problems.push(...built.problems);
    if (built.dataset) datasets.push(built.dataset);
  }
  return { datasets: datasets.sort((a, b) => a.id.localeCompare(b.id)), problems };
}
