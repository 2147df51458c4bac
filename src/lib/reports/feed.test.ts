import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, reportDates } from './feed.ts';

describe('atomFeed', () => {
  const feed = atomFeed({
    title: '年度报告',
    url: 'https://x.example/reports/',
    selfUrl: 'https://x.example/reports/feed.xml',
    entries: [
      { url: 'https://x.example/reports/a/', title: 'A & B', updated: '2021-01-01', published: '2020-12-30' },
      { url: 'https://x.example/reports/b/', title: '<新>', updated: '2023-05-06', author: '某残联', summary: '摘要' },
    ],
  });
  it('takes the feed date from the newest entry, not the clock', () => {
    expect(feed).toContain('<updated>2023-05-06T00:00:00+08:00</updated>\n  <entry>');
  });
  it('gives each entry its own published and updated dates', () => {
    expect(feed).toContain(
      '<published>2020-12-30T00:00:00+08:00</published>\n    <updated>2021-01-01T00:00:00+08:00</updated>',
    );
    expect(feed.match(/<published>/g)).toHaveLength(1);
  });
  it('lists newest first and escapes text', () => {
    expect(feed.indexOf('&lt;新&gt;')).toBeLessThan(feed.indexOf('A &amp; B'));
    expect(feed).toContain('<author><name>某残联</name></author>');
  });
  it('escapes all XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('reportDates', () => {
  it('takes published from the report and updated from its newest change', () => {
    expect(reportDates({ published: '2024-01-02', changes: [{ date: '2024-05-01' }, { date: '2024-03-01' }] })).toEqual(
      { published: '2024-01-02', updated: '2024-05-01' },
    );
  });
  it('falls back to the first change, then to updated, never to the clock', () => {
    expect(reportDates({ changes: [{ date: '2024-05-01' }, { date: '2024-03-01' }] })).toEqual({
      published: '2024-03-01',
      updated: '2024-05-01',
    });
    expect(reportDates({ updated: '2022-02-02', changes: [] })).toEqual({
      published: '2022-02-02',
      updated: '2022-02-02',
    });
    expect(() => reportDates({ changes: [] })).toThrow();
  });
});
