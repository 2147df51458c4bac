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

/** The sentence announced after a search, e.g. 找到 3 条与“残疾证”有关的结果. */
export function resultCountText(count: number, query: string, filtered: boolean): string {
  const scope = filtered ? '（已按筛选条件缩小范围）' : '';
  if (count === 0) return `没有找到与“${query}”有关的结果${scope}。请换一个说法，或直接浏览办事指南和年度报告。`;
  return `找到 ${count} 条与“${query}”有关的结果${scope}。`;
}
