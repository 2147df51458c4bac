import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from './feed.ts';

describe('atomFeed', () => {
  const feed = atomFeed({
    title: '年度报告',
    url: 'https://x.example/reports/',
    selfUrl: 'https://x.example/reports/feed.xml',
    entries: [
      { url: 'https://x.example/reports/a/', title: 'A & B', updated: '2021-01-01' },
      { url: 'https://x.example/reports/b/', title: '<新>', updated: '2023-05-06', author: '某残联', summary: '摘要' },
    ],
  });
  it('takes the feed date from the newest entry, not the clock', () => {
    expect(feed).toContain('<updated>2023-05-06T00:00:00Z</updated>\n  <entry>');
  });
  it('lists newest first and escapes text', () => {
    expect(feed.indexOf('&lt;新&gt;')).toBeLessThan(feed.indexOf('A &amp; B'));
    expect(feed).toContain('<author><name>某残联</name></author>');
  });
  it('escapes all XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
