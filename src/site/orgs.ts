// Build-time lookups by organisation, each worked out once per build: per page they would be quadratic at
// national scale (3,400 organisation pages × every report, plan and guide).
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupEach, groupInto, indexBy } from '../lib/core/group.ts';
import { orgLabel } from '../lib/orgs/display.ts';
import { ancestorsOf, orgTree, type OrgNode } from '../lib/orgs/tree.ts';
import type { PlanView } from '../lib/plans/view.ts';
import { allGuides } from './guides.ts';
import { loadPlans } from './plans.ts';
import { allReports } from './reports.ts';

type Org = CollectionEntry<'orgs'>;
type Report = CollectionEntry<'reports'>;
type Guide = CollectionEntry<'guides'>;

let orgsPromise: Promise<Org[]> | undefined;
let byIdPromise: Promise<Map<string, Org>> | undefined;
let orderPromise: Promise<Map<string, number>> | undefined;
let byNamePromise: Promise<Org[]> | undefined;
let reportsPromise: Promise<Map<string, Report[]>> | undefined;
let guidesPromise: Promise<Map<string, Guide[]>> | undefined;
let plansByOrg: Map<string, PlanView[]> | undefined;

/** All organisations, in the collection's order. */
export function allOrgs(): Promise<Org[]> {
  orgsPromise ??= getCollection('orgs');
  return orgsPromise;
}

let namesPromise: Promise<Readonly<Record<string, string>>> | undefined;

/** Organisation id → full name as pages show it, anonymised names marked (every report filter page and guide page asks). */
export function orgNames(): Promise<Readonly<Record<string, string>>> {
  namesPromise ??= allOrgs().then((orgs) => Object.fromEntries(orgs.map((o) => [o.id, orgLabel(o.data)])));
  return namesPromise;
}

/** The organisation with this id, or undefined. */
export async function orgById(id: string): Promise<Org | undefined> {
  byIdPromise ??= allOrgs().then((orgs) => indexBy(orgs, (o) => o.id));
  return (await byIdPromise).get(id);
}

/** Organisation id → its position in {@link allOrgs}, for listing a subset in the site's order. */
export async function orgOrder(): Promise<ReadonlyMap<string, number>> {
  orderPromise ??= allOrgs().then((orgs) => new Map(orgs.map((o, i) => [o.id, i])));
  return orderPromise;
}

/** All organisations sorted by full name (Chinese collation), for the directory. */
export function orgsByName(): Promise<Org[]> {
  byNamePromise ??= allOrgs().then((orgs) => [...orgs].sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN')));
  return byNamePromise;
}

/** An organisation's reports, newest first. */
export async function reportsOfOrg(id: string): Promise<Report[]> {
  reportsPromise ??= allReports().then((reports) => groupInto(reports, (r) => r.data.org));
  return (await reportsPromise).get(id) ?? [];
}

/** An organisation's plans, in the order of {@link loadPlans}. */
export function plansOfOrg(id: string): PlanView[] {
  plansByOrg ??= groupInto(loadPlans(), (p) => p.plan.org);
  return plansByOrg.get(id) ?? [];
}

/** The guides written for an organisation (not the national ones), sorted by title. */
export async function guidesOfOrg(id: string): Promise<Guide[]> {
  guidesPromise ??= allGuides().then((guides) => groupEach(guides, (g) => (g.data.orgs === 'all' ? [] : g.data.orgs)));
  return [...((await guidesPromise).get(id) ?? [])].sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

let treePromise: Promise<{ roots: OrgNode<Org>[]; nodes: Map<string, OrgNode<Org>> }> | undefined;

function tree() {
  treePromise ??= allOrgs().then((orgs) => {
    const roots = orgTree(orgs);
    const nodes = new Map<string, OrgNode<Org>>();
    const walk = (n: OrgNode<Org>) => (nodes.set(n.org.id, n), n.children.forEach(walk));
    roots.forEach(walk);
    return { roots, nodes };
  });
  return treePromise;
}

/** The organisation tree: those with no parent on the site, each with the ones under it (names in Chinese order). */
export async function orgTreeRoots(): Promise<OrgNode<Org>[]> {
  return (await tree()).roots;
}

/** The organisations directly under `id`, in Chinese order of their names. */
export async function childrenOfOrg(id: string): Promise<Org[]> {
  return ((await tree()).nodes.get(id)?.children ?? []).map((n) => n.org);
}

/** The organisations above `id`, nearest first. */
export async function ancestorsOfOrg(id: string): Promise<Org[]> {
  byIdPromise ??= allOrgs().then((orgs) => indexBy(orgs, (o) => o.id));
  return ancestorsOf(await byIdPromise, id);
}
