import { SECTION_URLS } from '../core/urls.ts';
/** One item of the main navigation. */
export interface NavItem {
  href: string;
  label: string;
}

/** The main navigation, in the order shown on every page. */
export const MAIN_NAV: NavItem[] = [
  { href: SECTION_URLS.reports, label: '年度报告' },
  { href: SECTION_URLS.plans, label: '规划指标' },
  { href: SECTION_URLS.data, label: '统计数据' },
  { href: SECTION_URLS.guides, label: '办事指南' },
  { href: SECTION_URLS.search, label: '搜索' },
];

/**
 * The navigation item that contains `pathname`, so it can be marked `aria-current`: `page` when it is the
 * item's own page, `true` when the page is inside that section.
 */
export function currentNav(
  pathname: string,
  items: NavItem[] = MAIN_NAV,
): { href: string; current: 'page' | 'true' } | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const item = items.find((i) => path === i.href || path.startsWith(i.href));
  if (!item) return undefined;
  return { href: item.href, current: path === item.href ? 'page' : 'true' };
}
