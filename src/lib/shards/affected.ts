import type { Owner } from '../orgs/ownership.ts';
import { bucketOf } from './spec.ts';

/** One changed file and who owns it, before and now (`ownersOfChange`). */
export interface OwnedChange {
  file: string;
  owners: readonly Owner[];
}

/** Why a file needs (or does not need) a rebuild, for the people reading the CI log. */
export interface AffectedReason {
  file: string;
  why: string;
}

/** The shards a change needs: every one, or the hub and some buckets (`k/N`), with a reason per file. */
export interface Affected {
  all: boolean;
  /** `hub` first, then buckets in order; every shard when `all`. */
  shards: string[];
  reasons: AffectedReason[];
}

/**
 * Files a build reads. Anything else (docs, tests, CI samples, the README) changes no page. `inbox/` is read by
 * `npm run inbox` before the build, which writes reports; the reports written then count as changes themselves.
 */
const BUILD_INPUT =
  /^(content|data|sources|src|public|scripts)\/|^(astro\.config\.mjs|tsconfig\.json|package(-lock)?\.json)$/;

/** Unit tests sit beside the code they test; the build never imports them. */
const TEST_FILE = /\.test\.ts$/;

/** `inbox/<org>/…`: the organisation's report, once imported. */
const INBOX = /^inbox\/([^/]+)\/[^/]+$/;

/** Guides link to guides of the same category everywhere (相关事项), so a guide reaches other organisations' pages. */
const GUIDE = /^content\/guides\//;

export interface AffectedInput {
  changes: readonly OwnedChange[];
  /** The number of buckets the site is split into. */
  n: number;
  /** The key an organisation is dealt by (itself, or its province): as the build deals it. */
  groupKey: (org: string) => string;
  /**
   * The organisations whose pages name `org` besides its own: its ancestors (their pages list it under 下级残联)
   * and descendants (their breadcrumbs and 上级残联 name it), in the tree before and after the change.
   */
  relatives: (org: string) => readonly string[];
}

/** Every shard of a split into `n`: the hub and buckets 1…n. */
export function allShards(n: number): string[] {
  return ['hub', ...Array.from({ length: n }, (_, i) => `${i + 1}/${n}`)];
}

/**
 * Which shards must be rebuilt for a change (docs/scaling.md §2): a file of one organisation needs its bucket,
 * the buckets of the organisations whose pages name it (tree relatives, for its own file) and the hub, whose lists
 * show every organisation's entries; a shared file (settings, the code, a guide, a dataset of several
 * organisations, the source register) needs every shard. Files the build does not read need none.
 */
export function affectedShards({ changes, n, groupKey, relatives }: AffectedInput): Affected {
  const reasons: AffectedReason[] = [];
  const buckets = new Set<number>();
  let all = false;
  let hub = false;
  const bucketName = (org: string) => `${bucketOf(groupKey(org), n)}/${n}`;
  for (const { file, owners } of changes) {
    const inbox = INBOX.exec(file);
    if (inbox) {
      const org = inbox[1]!;
      buckets.add(bucketOf(groupKey(org), n));
      hub = true;
      reasons.push({ file, why: `${org} 的收件箱：分片 ${bucketName(org)} 和 hub` });
      continue;
    }
    if (!BUILD_INPUT.test(file) || TEST_FILE.test(file)) {
      reasons.push({ file, why: '构建不读这个文件，不用重建' });
      continue;
    }
    const shared = owners.find((o) => !('org' in o));
    if (shared || GUIDE.test(file)) {
      all = true;
      reasons.push({
        file,
        why:
          shared && 'site' in shared ? `${shared.site}：全部分片` : '办事指南（相关事项链接到各地同类指南）：全部分片',
      });
      continue;
    }
    const orgs = owners.flatMap((o) => ('org' in o ? [o.org] : []));
    const touched = new Set(orgs);
    // An organisation's own file carries its name and parent, which its relatives' pages show.
    if (/^data\/orgs\//.test(file)) for (const org of orgs) for (const r of relatives(org)) touched.add(r);
    for (const org of touched) buckets.add(bucketOf(groupKey(org), n));
    hub = true;
    reasons.push({
      file,
      why: `${orgs.join('、')}：分片 ${[...new Set([...touched].map(bucketName))].sort().join('、')} 和 hub`,
    });
  }
  if (all) return { all, shards: allShards(n), reasons };
  const shards = [...(hub ? ['hub'] : []), ...[...buckets].sort((a, b) => a - b).map((k) => `${k}/${n}`)];
  return { all, shards, reasons };
}
