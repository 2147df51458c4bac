/** One entry of an Atom feed. */
export interface FeedEntry {
  /** Absolute URL of the page, also used as the entry's id. */
  url: string;
  title: string;
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
  const ts = (d: string) => `${d}T00:00:00Z`;
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
