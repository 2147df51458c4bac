/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Makes a search excerpt safe to insert as HTML: everything is escaped except the `<mark>` tags the index puts
 * around matched words, so a page's text can never inject markup into the results.
 */
export function safeExcerpt(excerpt: string): string {
  const plain = excerpt.replace(/<\/?mark>/g, (t) => (t === '<mark>' ? '\u0001' : '\u0002'));
  // The index already escapes entities in some versions: undo that first so nothing is escaped twice.
  const text = plain
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return escapeHtml(text)
    .replace(/\u0001/g, '<mark>')
    .replace(/\u0002/g, '</mark>');
}

/**
 * The sentence announced after a search; it counts what is shown when not all is: 找到 26 条与“护理补贴”有关的
 * 结果，显示前 10 条。In one search area it says so first: 在湖州市残联和各地通用的内容中，找到 3 条……
 */
export function resultCountText(total: number, shown: number, query: string, filtered: boolean, area?: string): string {
  const scope = filtered ? '（已按筛选条件缩小范围）' : '';
  // Said first, so a reader who hears only the start knows the results are of one area, not the whole country.
  const where = area ? `在${area}和各地通用的内容中，` : '';
  if (total === 0) return `${where}没有找到与“${query}”有关的结果${scope}。`;
  const part = shown < total ? `，显示前 ${shown} 条` : '';
  return `${where}找到 ${total} 条与“${query}”有关的结果${scope}${part}。`;
}

/** The page title while it shows results: “残疾人证”的搜索结果 - site name (搜索 - site name without a query). */
export function searchTitle(query: string, siteName: string): string {
  return `${query ? `“${query}”的搜索结果` : '搜索'} - ${siteName}`;
}

/** What each result is called, by its 类型 filter value (the value itself when it is already a reader's word). */
export const TYPE_LABELS: Record<string, string> = {
  机构: '残联机构',
  说明: '网站说明',
};

/** The label shown beside a result: 办事指南, 规划指标, 统计数据, 年度报告, 残联机构… */
export function typeLabel(type: string | undefined): string {
  return type ? (TYPE_LABELS[type] ?? type) : '';
}
