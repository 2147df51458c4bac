import { parse } from 'yaml';
import { parseMarkdownSource } from '../core/frontmatter.ts';
import { ID_PATTERN } from '../core/schema-common.ts';
import { WHOLE_FILE, type Problem } from '../core/problem.ts';
import { meansAllOrgs } from './all-orgs.ts';

/**
 * Who may change a file of the project: one organisation (its reports, its own file, its plans, the datasets and
 * guides of it alone), or the site's maintainers (everything else: `data/site.yaml`, guides for all or several
 * areas, datasets of several organisations, the register of source documents, the code and the docs).
 */
export type Owner = { org: string } | { site: string };

/**
 * Reads a project file's text by its project-relative path, or undefined when there is no such file. The caller
 * decides which version: the working tree, or a commit (`git cat-file`); this module never calls git.
 */
export type ReadFile = (path: string) => string | undefined;

/** An organisation as the messages name it. */
export interface OwnerPeople {
  /** Organisation id → short name and maintainers (empty when none are named). */
  orgs: ReadonlyMap<string, { name: string; maintainers: readonly string[] }>;
  /** The site's maintainers (data/site.yaml `maintainers`), empty when none are named. */
  site: readonly string[];
}

const SETTINGS = '网站设置';
const OTHER = '网站的程序、文档或共用文件';

/** An organisation id read from a value, or undefined when it is not one well-formed id. */
function oneId(v: unknown): string | undefined {
  const id = Array.isArray(v) && v.length === 1 ? v[0] : v;
  return typeof id === 'string' && ID_PATTERN.test(id.trim()) ? id.trim() : undefined;
}

function yamlOf(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const v: unknown = parse(text.replace(/^\uFEFF/, ''), { maxAliasCount: 100 });
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `data/plans/<plan>.yaml` (or `.yml`), whichever exists, for a plan's folder. */
function readEither(read: ReadFile, stem: string): string | undefined {
  return read(`${stem}.yaml`) ?? read(`${stem}.yml`);
}

/**
 * The owner of one file, from its place and, for plans, datasets and guides, the organisation the file (or the
 * plan or dataset file it belongs to) names. `undefined` means the file should name an organisation but cannot be
 * read as doing so (a YAML slip, a missing `org`): the caller then asks the other version of the file, and takes
 * the site's maintainers when neither says.
 */
export function ownerOfFile(path: string, read: ReadFile): Owner | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^data\/orgs\/([^/]+)\.ya?ml$/.exec(path))) return ID_PATTERN.test(m[1]!) ? { org: m[1]! } : undefined;
  if ((m = /^content\/reports\/([^/]+)\/.+/.exec(path))) return ID_PATTERN.test(m[1]!) ? { org: m[1]! } : undefined;
  if (/^data\/site\.ya?ml$/.test(path)) return { site: SETTINGS };
  // An upload to the inbox (`inbox/<org>/<year>-<kind>.docx`) is the organisation's report before it is imported.
  if ((m = /^inbox\/([^/]+)\/(?!README\.md$)[^/]+$/.exec(path)))
    return ID_PATTERN.test(m[1]!) ? { org: m[1]! } : undefined;
  if ((m = /^data\/plans\/([^/]+?)(?:\.ya?ml|\/.+)$/.exec(path))) {
    const org = oneId(yamlOf(readEither(read, `data/plans/${m[1]}`))?.org);
    return org ? { org } : undefined;
  }
  if ((m = /^data\/datasets\/([^/]+)\.(?:ya?ml|csv)$/.exec(path))) {
    const meta = yamlOf(readEither(read, `data/datasets/${m[1]}`));
    if (!meta) return undefined;
    const org = oneId(meta.org);
    return org ? { org } : Array.isArray(meta.org) ? { site: '几个机构共用的数据集' } : undefined;
  }
  if (/^content\/guides\/.+\.md$/.test(path) && !path.endsWith('/README.md')) {
    const text = read(path);
    if (text === undefined) return undefined;
    const orgs = (parseMarkdownSource(text, path).data as Record<string, unknown> | undefined)?.orgs;
    if (meansAllOrgs(orgs)) return { site: '全国通用的办事指南' };
    const org = oneId(orgs);
    if (org) return { org };
    return Array.isArray(orgs) && orgs.length > 1 ? { site: '几个地区共用的办事指南' } : undefined;
  }
  if (/^(data\/sources\/|sources\/)/.test(path)) return { site: '来源文件登记（各机构共用）' };
  return { site: OTHER };
}

/**
 * The owners of a changed file: of the version before and of the version now, where each exists. A change that
 * moves a file from one organisation to another (a plan's `org` rewritten) touches both. When no version says,
 * the file is the site's maintainers'.
 */
export function ownersOfChange(path: string, before: ReadFile, now: ReadFile): Owner[] {
  const sides = [before, now].filter((read) => read(path) !== undefined);
  const found = (sides.length ? sides : [now]).map((read) => ownerOfFile(path, read));
  const owners = found.filter((o): o is Owner => o !== undefined);
  if (!owners.length) return [{ site: OTHER }];
  const key = (o: Owner) => ('org' in o ? `org:${o.org}` : `site:${o.site}`);
  return owners.filter((o, i) => owners.findIndex((p) => key(p) === key(o)) === i);
}

/** `（维护人 @a、@b）`, or that none is named yet and where to name them. */
function whoMaintains(maintainers: readonly string[], where: string): string {
  return maintainers.length ? `（维护人 ${maintainers.join('、')}）` : `（还没有写维护人，见 ${where} 的 maintainers）`;
}

/**
 * The problems of a change made for organisation `org`: one per changed file that belongs to another organisation
 * or to the site's maintainers, naming the owner and its maintainers.
 */
export function rightsProblems(
  org: string,
  changes: readonly { file: string; owners: readonly Owner[] }[],
  people: OwnerPeople,
): Problem[] {
  const mine = people.orgs.get(org)?.name ?? org;
  const problems: Problem[] = [];
  for (const { file, owners } of changes) {
    const other = owners.find((o) => !('org' in o) || o.org !== org);
    if (!other) continue;
    if ('org' in other) {
      const owner = people.orgs.get(other.org);
      const name = owner?.name ?? other.org;
      problems.push({
        file,
        field: WHOLE_FILE,
        problem: `这个文件属于${name}${whoMaintains(owner?.maintainers ?? [], `data/orgs/${other.org}.yaml`)}，不属于${mine}`,
        fix: `把这处改动交给${name}的维护人提交，或从本次提交中去掉`,
      });
    } else {
      problems.push({
        file,
        field: WHOLE_FILE,
        problem: `这个文件是${other.site}，属于网站维护人${whoMaintains(people.site, 'data/site.yaml')}，不属于${mine}`,
        fix: '把这处改动交给网站维护人提交，或从本次提交中去掉',
      });
    }
  }
  return problems;
}
