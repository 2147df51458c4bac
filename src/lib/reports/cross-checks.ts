import type { Problem } from '../core/problem.ts';
import { orgCommitted, knownOrgs } from '../orgs/committed.ts';
import type { CrossCheck } from '../core/file-kind.ts';

/** Every report names an organisation that exists. */
export const reportOrgExists: CrossCheck = (index) => {
  const problems: Problem[] = [];
  for (const entry of index.byKind('report')) {
    const report = entry.data;
    if (!orgCommitted(index, report.org)) {
      // The folder the file is in names the organisation too; when that one exists, the slip is in `org`.
      const folder = folderOrg(entry.id);
      problems.push({
        file: entry.file,
        line: entry.lineOf(['org']),
        field: 'org',
        problem: `机构“${report.org}”不存在`,
        fix:
          folder && index.get('org', folder)
            ? `文件在机构 ${folder} 的文件夹中：改为 org: ${folder}；如果确实是另一个机构的报告，先在 data/orgs/ 添加该机构`
            : `改为 data/orgs/ 中已有的机构编号${knownOrgs(index)}，或先在 data/orgs/ 添加该机构`,
      });
    }
  }
  return problems;
};

const folderOrg = (id: string): string | undefined => (id.includes('/') ? id.split('/')[0] : undefined);

/**
 * A report sits at `content/reports/<org>/<year>-<kind>.md`, as its front matter says. Checked only for reports
 * whose organisation exists: for an unknown one, reportOrgExists says what to fix, and moving the file into the
 * folder of an organisation that does not exist would be the wrong advice.
 */
export const reportInItsPlace: CrossCheck = (index) => {
  const problems: Problem[] = [];
  for (const entry of index.byKind('report')) {
    const report = entry.data;
    const expected = `${report.org}/${report.year}-${report.kind}`;
    if (entry.id === expected || !orgCommitted(index, report.org)) continue;
    problems.push({
      file: entry.file,
      line: entry.lineOf(['kind']),
      field: 'org / year / kind',
      problem: `文件位置与前置信息不一致：按 org、year、kind 应放在 content/reports/${expected}.md`,
      fix: `把文件移到 content/reports/${expected}.md，或改正 org、year、kind`,
    });
  }
  return problems;
};

/** No two entries of one kind share an id. */
export const uniqueIds: CrossCheck = (index) => {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of index.all) {
    const key = `${entry.kind}\u0000${entry.id}`;
    const first = seen.get(key);
    if (first) {
      // demo.yaml and demo.yml: both spellings are read, so a copy saved under the other one is a second file.
      const sameButExtension = first.replace(/\.[^./]+$/, '') === entry.file.replace(/\.[^./]+$/, '');
      problems.push({
        file: entry.file,
        line: entry.lineOf(['id']),
        field: 'id',
        problem: `编号“${entry.id}”与 ${first} 重复`,
        fix: sameButExtension
          ? `这两个文件只差扩展名（.yaml 和 .yml 都会被读取）：保留 ${first}，删除这个文件`
          : '每个编号只能用一次：改用另一个编号（并相应修改文件名）',
      });
    } else seen.set(key, entry.file);
  }
  return problems;
};
