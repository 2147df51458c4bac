import { reportSchema } from './schema.ts';
import type { Problem } from '../core/problem.ts';
import { placeholderProblems } from '../core/placeholder.ts';
import { schemaKind } from '../core/yaml-kind.ts';
import { checkMarkdownBody } from '../markdown/body-check.ts';
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
  extra(report, entry, body, bodyLine) {
    // Where the file should be is checked with the organisations known (reportInItsPlace in cross-checks.ts).
    const problems: Problem[] = [];
    if (body.trim() === '') {
      problems.push({
        file: entry.file,
        field: '（正文）',
        problem: '报告没有正文',
        fix: '在前置信息的 --- 之后写报告正文',
      });
    }
    problems.push(...checkMarkdownBody(entry.file, body, bodyLine));
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
