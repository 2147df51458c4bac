import { describe, expect, it } from 'vitest';
import { bundlesFor, COMMON_AREA, describePage, planAreaBundles, planBundles, type IndexablePage } from './bundles.ts';

const page = (body: string, extra = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><header>站点导航 很多字</header>` +
  `<main id="main" tabindex="-1" data-pagefind-body>${extra}${body}</main><footer>页脚</footer></body></html>`;

describe('describePage', () => {
  it('counts the text of the data-pagefind-body element only, without tags, and reads the 类型 filter', () => {
    const html = page(
      '<h1>护理补贴</h1><p>重度残疾人 &amp; 家属</p>',
      '<span hidden data-pagefind-filter="类型:办事指南"></span>',
    );
    expect(describePage('guides/care/index.html', html)).toEqual({
      path: 'guides/care/index.html',
      type: '办事指南',
      chars: '护理补贴重度残疾人 家属'.length,
      area: COMMON_AREA,
    });
    const local = page('<p>湖州</p>', '<span hidden data-pagefind-filter="范围:huzhou"></span>');
    expect(describePage('orgs/huzhou/index.html', local)?.area).toBe('huzhou');
  });

  it('leaves out pages without data-pagefind-body, as pagefind does once the site uses it', () => {
    expect(
      describePage('404.html', '<html><body><main id="main"><h1>找不到页面</h1></main></body></html>'),
    ).toBeUndefined();
  });

  it('does not take an attribute that only starts with data-pagefind-body for it', () => {
    expect(describePage('x.html', '<main data-pagefind-body-x><p>字</p></main>')).toBeUndefined();
  });
});

function pages(n: number, type: string, chars: (i: number) => number): IndexablePage[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `${type}/${String(i).padStart(4, '0')}/index.html`,
    type,
    chars: chars(i),
  }));
}

describe('planBundles', () => {
  it('keeps a site that fits in one bundle whole', () => {
    const site = pages(30, 'g', () => 100);
    expect(planBundles(site, 3000)).toEqual([{ pages: site.map((p) => p.path), chars: 3000 }]);
    expect(planBundles([], 10)).toEqual([]);
  });

  it('splits a larger site into as few bundles as the limit allows, every page exactly once, sizes even', () => {
    const site = [
      ...pages(400, 'report', (i) => 3000 + ((i * 37) % 4000)),
      ...pages(900, 'guide', (i) => 800 + ((i * 13) % 900)),
    ];
    const total = site.reduce((n, p) => n + p.chars, 0);
    const bundles = planBundles(site, 500_000);
    expect(bundles).toHaveLength(Math.ceil(total / 500_000));
    expect(bundles.flatMap((b) => b.pages).sort()).toEqual(site.map((p) => p.path).sort());
    const largest = Math.max(...site.map((p) => p.chars));
    for (const b of bundles) expect(Math.abs(b.chars - total / bundles.length)).toBeLessThanOrEqual(largest);
  });

  it('gives every bundle the same mix of page types, so word rarity is alike in each', () => {
    const site = [
      ...pages(300, 'report', () => 5000),
      ...pages(600, 'guide', () => 1000),
      ...pages(30, 'org', () => 200),
    ];
    const bundles = planBundles(site, 600_000);
    expect(bundles.length).toBe(4);
    for (const b of bundles) {
      const count = (t: string) => b.pages.filter((p) => p.startsWith(`${t}/`)).length;
      expect(count('report')).toBe(75);
      expect(count('guide')).toBe(150);
      expect(Math.abs(count('org') - 30 / 4)).toBeLessThanOrEqual(1);
    }
  });

  it('depends only on the set of pages, not on their order', () => {
    const site = [...pages(50, 'a', (i) => 100 + i), ...pages(50, 'b', (i) => 300 - i)];
    expect(planBundles([...site].reverse(), 3000)).toEqual(planBundles(site, 3000));
  });

  it('rejects a limit that is not a positive number', () => {
    expect(() =>
      planBundles(
        pages(2, 'a', () => 1),
        0,
      ),
    ).toThrow(/positive/);
  });
});

describe('planAreaBundles', () => {
  const page = (path: string, area: string, chars: number, type = '年度报告') => ({ path, area, chars, type });
  const pages = [
    page('guides/a/index.html', COMMON_AREA, 40, '办事指南'),
    page('guides/b/index.html', COMMON_AREA, 40, '办事指南'),
    page('orgs/big/index.html', 'big', 60),
    page('reports/big/1/index.html', 'big', 60),
    page('orgs/small/index.html', 'small', 10),
    page('orgs/tiny/index.html', 'tiny', 5),
  ];

  it('keeps common pages apart and first, packs small areas whole, splits an area too large', () => {
    const bundles = planAreaBundles(pages, 100, 50);
    expect(bundles[0]).toMatchObject({ chars: 80 });
    expect(bundles[0]!.areas).toBeUndefined();
    const big = bundles.filter((b) => b.areas?.includes('big'));
    expect(big).toHaveLength(2);
    expect(big.every((b) => b.areas!.length === 1)).toBe(true);
    expect(bundles.filter((b) => b.areas?.includes('small'))).toEqual([
      { pages: ['orgs/small/index.html', 'orgs/tiny/index.html'], chars: 15, areas: ['small', 'tiny'] },
    ]);
    // Every page once.
    expect(bundles.flatMap((b) => b.pages).sort()).toEqual(pages.map((p) => p.path).sort());
  });

  it('names the bundles one area’s search needs, and all for the whole country', () => {
    const manifest = {
      bundles: [
        { path: '/pagefind/bundles/1/' },
        { path: '/pagefind/bundles/2/', areas: ['big'] },
        { path: '/pagefind/bundles/3/', areas: ['small', 'tiny'] },
      ],
    };
    expect(bundlesFor(manifest, 'tiny')).toEqual(['/pagefind/bundles/1/', '/pagefind/bundles/3/']);
    expect(bundlesFor(manifest, undefined)).toHaveLength(3);
  });
});
