import type { CrossCheck, EntryIndex } from '../core/file-kind.ts';
import type { Problem } from '../core/problem.ts';
import type { Citer } from '../core/source-ref.ts';
import { knownOrgs, orgCommitted } from '../orgs/committed.ts';

/**
 * True when document `id` is in the register: valid, or committed with problems of its own (those are reported
 * once, in the register file, rather than at every citation).
 */
export function sourceRegistered(index: EntryIndex, id: string): boolean {
  return (
    index.get('source', id) !== undefined ||
    index.hasFile(`data/sources/${id}.yaml`) ||
    index.hasFile(`data/sources/${id}.yml`)
  );
}

/** The registered documents, for a fix: `（000、003）`. */
function knownSources(index: EntryIndex): string {
  const ids = index.byKind('source').map((s) => s.id);
  return ids.length ? `（已登记：${ids.join('、')}）` : '';
}

/**
 * Every document a committed file cites is in the register, so every page can name it by its title and link to
 * its page. `citers` list each kind's citations (see `Citation`). A site that keeps no register at all (the small
 * sites of the test corpus) is not held to this; the project's own site keeps one (`data/sources/`).
 */
export function citedSourcesRegistered(citers: readonly Citer[]): CrossCheck {
  return (index) => {
    if (index.byKind('source').length === 0) return [];
    const problems: Problem[] = [];
    for (const citer of citers) {
      for (const entry of index.byKind(citer.kind)) {
        // The union of citers is checked kind by kind; each citer reads only entries of its own kind.
        const cites = (citer.cites as (e: typeof entry, i: EntryIndex) => ReturnType<Citer['cites']>)(entry, index);
        for (const c of cites) {
          if (sourceRegistered(index, c.document)) continue;
          problems.push({
            file: entry.file,
            line: c.line,
            field: c.field,
            problem: `来源文件“${c.document}”没有登记，网页无法写出它的标题和来源页`,
            fix: `在 data/sources/ 添加 ${c.document}.yaml（标题、发布机构、日期、类型、保存的原文件），或改为已登记的文件编号${knownSources(index)}`,
          });
        }
      }
    }
    return problems;
  };
}

/** Each registered document's kept copy is in the project, where `file` says. */
export const sourceFilesExist: CrossCheck = (index) =>
  index
    .byKind('source')
    .filter((s) => !index.projectFileExists(s.data.file))
    .map((s) => ({
      file: s.file,
      line: s.lineOf(['file']),
      field: 'file',
      problem: `找不到保存的原文件 ${s.data.file}`,
      fix: '把原文件放到 sources/ 下（原样保存，不要改动），并在 file 中写它的路径；路径区分大小写',
    }));

/** A publisher that is one of the site's organisations names an organisation that exists. */
export const sourcePublisherExists: CrossCheck = (index) =>
  index
    .byKind('source')
    .filter((s) => s.data.publisher.org !== undefined && !orgCommitted(index, s.data.publisher.org))
    .map((s) => ({
      file: s.file,
      line: s.lineOf(['publisher', 'org']),
      field: 'publisher.org',
      problem: `机构“${s.data.publisher.org}”不存在`,
      fix: `改为 data/orgs/ 中已有的机构编号${knownOrgs(index)}；发布机构不是本站机构时删掉 org，只写 name`,
    }));
