import { describe, expect, it } from 'vitest';
import { englishOnPage, englishSentences } from '../browser/english-text.ts';

// The detector behind tests/browser/no-english.test.ts: it must catch a planted English sentence wherever a
// reader would see it, and let the allowlisted words, code, addresses and standard numbers through.
const page = (body: string, title = '测试页面') =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('englishSentences', () => {
  it('finds an English sentence in Chinese text', () => {
    expect(englishSentences('页面历史：Import the five seeds with npm run import。')).toEqual([
      'Import the five seeds with npm run import',
    ]);
  });

  it('lets format names, app names, standards, addresses and e-mail through', () => {
    for (const ok of [
      '下载 CSV 文件或 JSON 数据',
      '用浙里办 App 申请',
      '按 GB/T 7714-2015 著录，符合 WCAG 2.2 AA',
      '原文见 https://www.example.gov.cn/a/b.html',
      '写信到 office@example.gov.cn',
      '文件 001_e0625d8656f0e88a.txt 和 /reports/huzhou/',
      '残疾人证 — 国发〔2015〕52号',
    ])
      expect(englishSentences(ok), ok).toEqual([]);
  });

  it('counts a two-word English phrase as no sentence but three words as one', () => {
    expect(englishSentences('轮椅 for 辅助器具')).toEqual([]);
    expect(englishSentences('see the notes')).toEqual(['see the notes']);
  });
});

describe('englishOnPage', () => {
  it('passes a Chinese page', () => expect(englishOnPage(page('<h1>办事指南</h1><p>下载 CSV 文件。</p>'))).toEqual([]));

  it('fails on a planted sentence in text, in a label, in the title and in English-marked quotes', () => {
    const hits = englishOnPage(
      page(
        '<p>最后更新：Fix the broken link on this page</p>' +
          '<img alt="Chart of people helped" src="a.png">' +
          '<q lang="en">Flow: township accepts and checks</q>',
        'Page not found here',
      ),
    );
    expect(hits.map((h) => h.where)).toEqual(['title', 'p', 'img@alt', 'q']);
  });

  it('skips code, scripts and styles', () => {
    expect(
      englishOnPage(
        page('<p>运行 <code>npm run check --fix now</code></p><script>const a = "some english words here";</script>'),
      ),
    ).toEqual([]);
  });
});
