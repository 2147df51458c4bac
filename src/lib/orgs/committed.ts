import type { EntryIndex } from '../core/file-kind.ts';

/**
 * True when organisation `id` is there: valid, or committed with problems of its own. A report, guide, plan or
 * dataset naming an organisation whose file has a slip is not told the organisation does not exist (and to add
 * it): the organisation file's own message says what to fix, once.
 */
export function orgCommitted(index: EntryIndex, id: string): boolean {
  return (
    index.get('org', id) !== undefined || index.hasFile(`data/orgs/${id}.yaml`) || index.hasFile(`data/orgs/${id}.yml`)
  );
}

/** The organisations that can be named, for a fix: `（lishui、ruian）`, or a note that there are none yet. */
export function knownOrgs(index: EntryIndex): string {
  const ids = index.byKind('org').map((o) => o.id);
  return ids.length ? `（${ids.join('、')}）` : '（data/orgs/ 中还没有任何机构）';
}
