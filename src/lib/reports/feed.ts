/** One entry of an Atom feed. */
export interface FeedEntry {
  /** Absolute URL of the page, also used as the entry's id. */
  url: string;
  title: string;
  /** `YYYY-MM-DD`: when the site first published the entry, where known. */
  published?: string;
  /** `YYYY-MM-DD`: when the entry was last updated. */
  updated: string;
  summary?: string;
  author?: string;
}

/** Escapes text for XML. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * An Atom 1.0 feed. The feed's own `updated` is the newest entry's date (never the build time), so two builds
 * of the same commit give the same bytes.
 */
export function atomFeed(opts: { title: string; url: string; selfUrl: string; entries: FeedEntry[] }): string {
  const entries = [...opts.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
  const updated = entries[0]?.updated ?? '1970-01-01';
  // Dates in front matter are days in China; the feed states them as the start of that day there.
  const ts = (d: string) => `${d}T00:00:00+08:00`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escapeXml(opts.title)}</title>`,
    `  <id>${escapeXml(opts.url)}</id>`,
    `  <link href="${escapeXml(opts.url)}"/>`,
    `  <link rel="self" href="${escapeXml(opts.selfUrl)}"/>`,
    `  <updated>${ts(updated)}</updated>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <title>${escapeXml(e.title)}</title>`,
        `    <id>${escapeXml(e.url)}</id>`,
        `    <link href="${escapeXml(e.url)}"/>`,
        e.published ? `    <published>${ts(e.published)}</published>` : '',
        `    <updated>${ts(e.updated)}</updated>`,
        e.author ? `    <author><name>${escapeXml(e.author)}</name></author>` : '',
        e.summary ? `    <summary>${escapeXml(e.summary)}</summary>` : '',
        '  </entry>',
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}

/**
 * A report's dates as the feed and the APIs give them, from its front matter only: `published` is the day this
 * site published it (else its first change), `updated` its newest change (else `updated`, else `published`). The
 * report schema requires at least one of them, so nothing here falls back to the build clock.
 */
export function reportDates(r: { published?: string; updated?: string; changes: readonly { date: string }[] }): {
  published?: string;
  updated: string;
} {
  const changeDates = r.changes.map((c) => c.date).sort();
  const published = r.published ?? changeDates[0] ?? r.updated;
  const updated = changeDates.at(-1) ?? r.updated ?? published;
  if (!updated) throw new Error('report without any date (the report schema should have refused it)');
  return { ...(published ? { published } : {}), updated };
}
