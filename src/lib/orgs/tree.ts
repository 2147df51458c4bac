import type { CrossCheck } from '../core/file-kind.ts';
import type { Problem } from '../core/problem.ts';
import { orgCommitted, knownOrgs } from './committed.ts';
import { ORG_LEVELS, type Org } from './schema.ts';

// The organisation tree: each federation may name the one above it (`parent`). Province → city → county or
// district; a county and a district are the same tier (both sit under a city, or directly under a province for
// 省直管县). The check keeps the tree a tree, so pages can walk it without guarding against loops.

/** How far down the tree each level sits: a parent must sit higher (a smaller number) than its child. */
export const LEVEL_TIER: Record<keyof typeof ORG_LEVELS, number> = { province: 0, city: 1, county: 2, district: 2 };

type TreeOrg = Pick<Org, 'id' | 'level' | 'region' | 'parentRegion' | 'parent' | 'name'>;

/** Problems with `parent` in every organisation file: unknown, itself, not a higher level, region mismatch, loop. */
export const orgParentsValid: CrossCheck = (index) => {
  const problems: Problem[] = [];
  const orgs = index.byKind('org');
  for (const entry of orgs) {
    const org = entry.data;
    if (org.parent === undefined) continue;
    const at = { file: entry.file, line: entry.lineOf(['parent']), field: 'parent' };
    if (org.parent === org.id) {
      problems.push({
        ...at,
        problem: '上级机构写成了本机构自己',
        fix: '填写上一级残联的编号；没有收录上一级残联时删掉这一行',
      });
      continue;
    }
    const parent = index.get('org', org.parent);
    if (!parent) {
      // A parent file committed with a slip of its own is reported there, once.
      if (!orgCommitted(index, org.parent)) {
        problems.push({
          ...at,
          problem: `上级机构“${org.parent}”不存在`,
          fix: `改为 data/orgs/ 中已有的机构编号${knownOrgs(index)}；上一级残联还没有收录时，先添加它或删掉这一行`,
        });
      }
      continue;
    }
    if (LEVEL_TIER[parent.data.level] >= LEVEL_TIER[org.level]) {
      problems.push({
        ...at,
        problem: `上级机构“${parent.data.name}”是${ORG_LEVELS[parent.data.level]}，不比本机构（${ORG_LEVELS[org.level]}）高一级`,
        fix: '上级机构应是更高一级的残联（省级 → 地市级 → 县（市）级或区级）：检查 parent 是否写错，或两个文件的 level 是否写错',
      });
      continue;
    }
    if (parent.data.region !== org.parentRegion) {
      problems.push({
        file: entry.file,
        line: entry.lineOf(['parentRegion']),
        field: 'parentRegion',
        problem: `上级地区写的是“${org.parentRegion}”，而上级机构“${parent.data.name}”的服务地区是“${parent.data.region}”`,
        fix: `把 parentRegion 改为 ${parent.data.region}，或检查 parent 是否写错`,
      });
    }
  }
  // A loop (a → b → a) can only pass the level rule when a level is also wrong, but say it plainly anyway.
  for (const cycle of parentCycles(orgs.map((e) => e.data))) {
    const first = orgs.find((e) => e.data.id === cycle[0]);
    if (!first) continue;
    problems.push({
      file: first.file,
      line: first.lineOf(['parent']),
      field: 'parent',
      problem: `上级机构绕成了一个圈：${[...cycle, cycle[0]].join(' → ')}`,
      fix: '每个残联只写它上一级残联的编号；检查这几个文件的 parent，去掉写反的那一个',
    });
  }
  return problems;
};

/** Every loop in the parent links, each once, starting from its smallest id. */
export function parentCycles(orgs: readonly Pick<Org, 'id' | 'parent'>[]): string[][] {
  const parentOf = new Map(orgs.map((o) => [o.id, o.parent]));
  const seen = new Set<string>();
  const cycles: string[][] = [];
  for (const start of [...parentOf.keys()].sort()) {
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && parentOf.has(at) && !seen.has(at) && !path.includes(at)) {
      path.push(at);
      at = parentOf.get(at);
    }
    const loop = at !== undefined && path.includes(at) ? path.slice(path.indexOf(at)) : [];
    // A federation naming itself is reported on its own, not as a loop.
    if (loop.length > 1) {
      const min = [...loop].sort()[0]!;
      cycles.push([...loop.slice(loop.indexOf(min)), ...loop.slice(0, loop.indexOf(min))]);
    }
    for (const id of path) seen.add(id);
  }
  return cycles;
}

/** One organisation in the tree, with the ones under it. */
export interface OrgNode<T> {
  org: T;
  children: OrgNode<T>[];
}

const zh = new Intl.Collator('zh-CN');

/**
 * The tree of the organisations given: roots are those with no parent on the site; children in Chinese collation
 * of their names. Assumes the check passed (no loops); a parent not among `orgs` makes its child a root.
 */
export function orgTree<T extends { id: string; data: TreeOrg }>(orgs: readonly T[]): OrgNode<T>[] {
  const ids = new Set(orgs.map((o) => o.id));
  const byName = (a: OrgNode<T>, b: OrgNode<T>) => zh.compare(a.org.data.name, b.org.data.name);
  const nodes = new Map(orgs.map((o) => [o.id, { org: o, children: [] as OrgNode<T>[] }]));
  const roots: OrgNode<T>[] = [];
  for (const o of orgs) {
    const node = nodes.get(o.id)!;
    const parent = o.data.parent !== undefined && ids.has(o.data.parent) ? nodes.get(o.data.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  for (const node of nodes.values()) node.children.sort(byName);
  return roots.sort(byName);
}

/**
 * The organisations above `id`, nearest first (its parent, then the parent's parent…), from an index by id built
 * once per build (per page a fresh index would be quadratic at national scale). Stops at a parent not on the site.
 */
export function ancestorsOf<T extends { id: string; data: Pick<Org, 'parent'> }>(
  byId: ReadonlyMap<string, T>,
  id: string,
): T[] {
  const out: T[] = [];
  let at = byId.get(id)?.data.parent;
  while (at !== undefined && at !== id && !out.some((o) => o.id === at)) {
    const org = byId.get(at);
    if (!org) break;
    out.push(org);
    at = org.data.parent;
  }
  return out;
}
