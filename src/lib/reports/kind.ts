import { reportSchema } from './schema.ts';
import type { Problem } from '../core/problem.ts';
import { placeholderProblems } from '../core/placeholder.ts';
import { schemaKind } from '../core/yaml-kind.ts';
import type { Report } from './schema.ts';

/** Annual reports: `content/reports/<org>/<year>-<kind>.md`. */
export const reportKind = schemaKind({
  name: 'report',
  label: '年度报告',
  // README.md is a note for officials in any folder, not a report.
  files: { base: 'content/reports', pattern: ['**/*.md', '!**/README.md'] },
  schema: reportSchema,
  format: 'markdown',
  idFromPath: (file) => file.replace(/^content\/reports\//, '').replace(/\.md$/, ''),
  extra(report, entry, body) {
    const problems: Problem[] = [];
    const expected = `${report.org}/${report.year}-${report.kind}`;
    if (entry.id !== expected) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['kind']),
        field: 'org / year / kind',
        problem: `文件位置与前置信息不一致：按 org、year、kind 应放在 content/reports/${expected}.md`,
        fix: `把文件移到 content/reports/${expected}.md，或改正 org、year、kind`,
      });
    }
    if (body.trim() === '') {
      problems.push({ file: entry.file, field: '（正文）', problem: '报告没有正文', fix: '在前置信息的 --- 之后写报告正文' });
    }
    // A scaffold from `npm run new` fails the check until its 【待填写】 placeholders are replaced.
    problems.push(...placeholderProblems(entry.file, report, body, entry.lineOf));
    return problems;
  },
});

declare module '../core/file-kind.ts' {
  interface KindData {
    report: Report;
  }
}
