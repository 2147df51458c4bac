import { ownerOfFile, type OwnerPeople, type ReadFile } from './ownership.ts';

/**
 * Where `npm run codeowners` writes: the project root, the one place GitHub, GitLab and Gitea all read a
 * CODEOWNERS file from (GitHub also reads `.github/`, GitLab `.gitlab/`, Gitea `.gitea/`, all of them `docs/`).
 */
export const CODEOWNERS_FILE = 'CODEOWNERS';

/** The CODEOWNERS text and the organisations left out because they name no maintainers. */
export interface Codeowners {
  text: string;
  /** Ids of organisations that own files but name no maintainers (their files fall to the `*` line). */
  without: string[];
}

/**
 * The pattern that covers `file` in CODEOWNERS: an organisation's report folder and plan folder as folders (so
 * a new report is covered before the file is regenerated), any other file by its own path. Anchored with `/` so
 * that GitLab never reads a line as a `[section]`; spaces and `#` are escaped.
 */
export function patternOf(file: string): string {
  const folder = /^(content\/reports\/[^/]+\/|data\/plans\/[^/]+\/)/.exec(file)?.[1];
  return `/${(folder ?? file).replace(/([ #\\])/g, '\\$1')}`;
}

/**
 * Writes CODEOWNERS for the project's `files` (project-relative paths): first `*` → the site's maintainers, then
 * each organisation's files → its maintainers (in CODEOWNERS the last matching line wins, so the organisation's
 * lines come after `*`). Organisations without maintainers get no line; a site without maintainers gets no `*`.
 */
export function writeCodeowners(files: readonly string[], read: ReadFile, people: OwnerPeople): Codeowners {
  const byOrg = new Map<string, Set<string>>();
  for (const file of [...files].sort()) {
    const owner = ownerOfFile(file, read);
    if (!owner || !('org' in owner)) continue;
    let set = byOrg.get(owner.org);
    if (!set) byOrg.set(owner.org, (set = new Set()));
    set.add(patternOf(file));
  }
  // Each organisation's inbox folder, which is usually empty: its uploads are covered before the first one.
  for (const [org, set] of byOrg) set.add(`/inbox/${org}/`);
  const lines = [
    '# 由 npm run codeowners 根据 data/site.yaml 和 data/orgs/*.yaml 中的 maintainers 生成，请不要手工修改。',
    '# 机构增删文件或更换维护人后，重新运行 npm run codeowners 并提交这个文件。',
    '# 不强制 CODEOWNERS 的代码托管平台上，请在合并前运行 npm run check -- --changes-for <机构编号> --base <目标分支>。',
    '',
  ];
  if (people.site.length)
    lines.push(
      '# 网站维护人：全站共用的文件（网站设置、全国通用的指南、来源登记、程序和文档）',
      `* ${people.site.join(' ')}`,
    );
  else lines.push('# 网站还没有写维护人（data/site.yaml 的 maintainers），所以没有“*”这一行。');
  const without: string[] = [];
  for (const [org, patterns] of [...byOrg].sort(([a], [b]) => a.localeCompare(b))) {
    const who = people.orgs.get(org);
    if (!who?.maintainers.length) {
      without.push(org);
      continue;
    }
    lines.push('', `# ${who.name}`, ...[...patterns].map((p) => `${p} ${who.maintainers.join(' ')}`));
  }
  if (without.length) {
    lines.push(
      '',
      `# 以下机构还没有写维护人（data/orgs/<编号>.yaml 的 maintainers），它们的文件归网站维护人：${without.join('、')}`,
    );
  }
  return { text: `${lines.join('\n')}\n`, without };
}
