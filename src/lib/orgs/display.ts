import { CONTACT_LABELS, type ContactField } from './contact.ts';
import type { Org } from './schema.ts';

// How pages name an organisation and show its contact details. One module, so that every page marks an
// anonymised name the same way and says the same plain thing when no contact detail is sourced.

/** Shown right after a name the source anonymised (XX区), so readers do not take it for a mistake. */
export const ANONYMISED_MARK = '（原文匿名）';

type Named = Pick<Org, 'name' | 'shortName' | 'region' | 'anonymised'>;

/** The organisation's full name, short name or region as pages show it: XX区残疾人联合会（原文匿名）. */
export function orgLabel(org: Named, which: 'name' | 'shortName' | 'region' = 'name'): string {
  return org.anonymised ? `${org[which]}${ANONYMISED_MARK}` : org[which];
}

/** Said where no contact detail of an organisation has a source. */
export const NO_CONTACT = '本站没有找到有出处的联系方式。';

/**
 * What a reader can do instead, naming only channels the sources name: seed 003 (丽水市“十四五”规划) names 浙里办,
 * and the research notes name 浙里办 App and 浙江政务服务网 as the online channels, whose matter pages carry
 * 办理地点和时间 and 咨询方式.
 */
export const NO_CONTACT_ADVICE =
  '可以在浙里办 App 或浙江政务服务网搜索要办的事项，事项页面的“办理地点和时间”和“咨询方式”写有当地的办理地点和电话；也可以到户籍所在地的乡镇（街道）询问。';

/** One contact item as a page shows it. */
export interface ContactRow {
  field: ContactField;
  label: string;
  value: string;
  /** The seed the item comes from, e.g. `003`, and the sentence quoted. */
  document: string;
  quote: string;
}

/** The organisation's sourced contact items, in page order; empty when none has a source. */
export function contactRows(org: Pick<Org, 'contact'>): ContactRow[] {
  const c = org.contact;
  if (!c) return [];
  return (Object.keys(CONTACT_LABELS) as ContactField[]).flatMap((field) => {
    const item = c[field];
    return item
      ? [
          {
            field,
            label: CONTACT_LABELS[field],
            value: item.value,
            document: item.source.document,
            quote: item.source.quote,
          },
        ]
      : [];
  });
}

/** For a guide's summary box: the organisation's short name and its sourced items joined, or the no-contact sentence. */
export function contactSummary(org: Named & Pick<Org, 'contact'>): { name: string; text: string } {
  const rows = contactRows(org);
  const name = orgLabel(org, 'shortName');
  if (rows.length === 0) return { name, text: NO_CONTACT };
  return { name, text: rows.map((r) => `${r.label} ${r.value}`).join('；') };
}

/**
 * The anonymised regions (XX区) a text mentions, so a page that quotes one can say the name is the source's
 * anonymisation and not a mistake.
 */
export function anonymisedIn(text: string, orgs: readonly Named[]): string[] {
  const regions = orgs.filter((o) => o.anonymised).map((o) => o.region);
  return [...new Set(regions)].filter((r) => text.includes(r));
}

/** One heading of the directory (按地区找残联): the region above, and the organisations under it. */
export interface DirectoryGroup<T> {
  region: string;
  orgs: T[];
}

const zh = new Intl.Collator('zh-CN');

/**
 * The directory's groups: organisations under the region above them (浙江省, 温州市…), regions and names in
 * Chinese collation, so a reader finds their 残联 by where they live rather than by the federation's name.
 */
export function directoryGroups<T extends { data: Pick<Org, 'parentRegion' | 'name'> }>(
  orgs: readonly T[],
): DirectoryGroup<T>[] {
  const byRegion = new Map<string, T[]>();
  for (const o of orgs) byRegion.set(o.data.parentRegion, [...(byRegion.get(o.data.parentRegion) ?? []), o]);
  return [...byRegion.entries()]
    .sort(([a], [b]) => zh.compare(a, b))
    .map(([region, list]) => ({ region, orgs: list.sort((a, b) => zh.compare(a.data.name, b.data.name)) }));
}
