import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPORT_KINDS, type ReportKind } from '../schema.ts';
import type { Problem } from '../../core/problem.ts';

/** Organisations in `data/orgs/`: id → full name (the `name` field, or the id if the file cannot be read). */
export function readOrgs(root: string): Map<string, string> {
  const orgs = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(join(root, 'data/orgs'))
      .filter((n) => n.endsWith('.yaml'))
      .sort();
  } catch {
    return orgs;
  }
  for (const n of names) {
    const id = n.slice(0, -'.yaml'.length);
    let name = id;
    try {
      const data = parse(readFileSync(join(root, 'data/orgs', n), 'utf8')) as { name?: unknown };
      if (typeof data?.name === 'string' && data.name.trim()) name = data.name.trim();
    } catch {
      // A broken org file is reported by `npm run check`; the id is still usable here.
    }
    orgs.set(id, name);
  }
  return orgs;
}

/** Where a report goes and what it is, checked against the organisations that exist. */
export interface ReportTarget {
  org: string;
  /** Full name of the organisation, for `source.publisher`. */
  orgName: string;
  year: number;
  endYear?: number;
  kind: ReportKind;
  /** Project-relative path: `content/reports/<org>/<year>-<kind>.md`. */
  path: string;
}

/** The report kinds as a command's fix lists them: `summary（年度工作总结）、…`. */
export const KIND_LIST = Object.entries(REPORT_KINDS)
  .map(([k, label]) => `${k}（${label}）`)
  .join('、');

/** A four-digit year from 1949 to 2100, else undefined. */
export function parseYear(v: string): number | undefined {
  return /^\d{4}$/.test(v) && Number(v) >= 1949 && Number(v) <= 2100 ? Number(v) : undefined;
}

/**
 * Checks `--org`, `--year`, `--kind` (default `summary`) and `--end-year` and gives the report's path. Problems
 * are located at `file` (the document being imported, or the command line) and say how to fix the command.
 */
export function resolveTarget(
  root: string,
  values: Record<string, string>,
  file: string,
): { target?: ReportTarget; problems: Problem[] } {
  const problems: Problem[] = [];
  const orgs = readOrgs(root);
  const known = [...orgs.keys()].join('、');
  const org = values.org;
  if (org === undefined) {
    problems.push({ file, field: '--org', problem: '没有指定机构', fix: `加上 --org 机构编号，可用：${known}` });
  } else if (!orgs.has(org)) {
    problems.push({
      file,
      field: '--org',
      problem: `机构“${org}”不存在`,
      fix: `改为已有的机构编号：${known}；新机构请先在 data/orgs/ 添加`,
    });
  }
  const year = values.year === undefined ? undefined : parseYear(values.year);
  if (values.year === undefined) {
    problems.push({
      file,
      field: '--year',
      problem: '没有指定年份',
      fix: '加上 --year 2023 这样的四位年份（报告所属的年份）',
    });
  } else if (year === undefined) {
    problems.push({
      file,
      field: '--year',
      problem: `“${values.year}”不是年份`,
      fix: '写成 1949 到 2100 之间的四位数字，例如 --year 2023',
    });
  }
  const kind = (values.kind ?? 'summary') as ReportKind;
  if (!(kind in REPORT_KINDS)) {
    problems.push({
      file,
      field: '--kind',
      problem: `没有“${values.kind}”这种报告类型`,
      fix: `改为其中之一：${KIND_LIST}`,
    });
  }
  let endYear: number | undefined;
  if (values['end-year'] !== undefined) {
    endYear = parseYear(values['end-year']);
    if (endYear === undefined) {
      problems.push({
        file,
        field: '--end-year',
        problem: `“${values['end-year']}”不是年份`,
        fix: '写成四位数字，例如 --end-year 2025',
      });
    } else if (year !== undefined && endYear <= year) {
      problems.push({
        file,
        field: '--end-year',
        problem: '结束年份不晚于开始年份',
        fix: `结束年份要大于 --year ${year}，例如五年规划 2021—2025 写 --year 2021 --end-year 2025`,
      });
    }
  } else if (kind === 'five-year-plan') {
    problems.push({
      file,
      field: '--end-year',
      problem: '五年规划需要写明结束年份',
      fix: '加上 --end-year，值为原文所写规划期的最后一年，例如 --end-year 2025',
    });
  }
  if (problems.length || org === undefined || year === undefined) return { problems };
  return {
    target: { org, orgName: orgs.get(org)!, year, endYear, kind, path: `content/reports/${org}/${year}-${kind}.md` },
    problems,
  };
}
