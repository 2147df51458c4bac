import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocBlock, ReadDocument } from './types.ts';
import { readWebPage } from './web-page.ts';

const dir = join(import.meta.dirname, '../../../tests/fixtures/import/web');
const read = (file: string) => readWebPage(readFileSync(join(dir, file)), file);
const page = (body: string, head = '<meta charset="utf-8"><title>测试</title>') =>
  readWebPage(
    new TextEncoder().encode(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`),
    'test.html',
  );

function blockText(b: DocBlock): string {
  switch (b.type) {
    case 'table':
      return b.rows.map((r) => r.join(' ')).join('\n');
    case 'figure':
      return [b.alt, b.caption].filter(Boolean).join(' ');
    case 'note':
      return `${b.label} ${b.text}`;
    default:
      return b.text;
  }
}
const bodyText = (d: ReadDocument) =>
  d.blocks
    .filter((b) => b.type !== 'table')
    .map(blockText)
    .join('\n');
const removedOf = (d: ReadDocument, kind: string) => d.removed.filter((r) => r.kind === kind).map((r) => r.text);

/** Counts of the characters the words check compares: CJK characters, letters and digits. */
function chars(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s.match(/[\p{L}\p{N}]/gu) ?? []) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** Every character of sourceText is in a block or in `removed`; no block has one it lacks. */
function expectAccounted(d: ReadDocument) {
  const source = chars(d.sourceText);
  const out = chars([...d.blocks.map(blockText), ...d.removed.map((r) => r.text)].join('\n'));
  const lost = [...source].filter(([c, n]) => (out.get(c) ?? 0) < n).map(([c]) => c);
  expect(lost).toEqual([]);
  // Outside tables (whose merged cells repeat), nothing appears that the source does not have.
  const plain = chars([bodyText(d), ...d.removed.map((r) => r.text)].join('\n'));
  expect([...plain].filter(([c, n]) => (source.get(c) ?? 0) < n).map(([c]) => c)).toEqual([]);
}

describe('readWebPage: a TRS/WCM article page saved in GBK', async () => {
  const d = await read('trs-gbk.htm');

  it('decodes the GB2312 declaration as GB18030 and says so', () => {
    expect(d.format).toBe('网页（GB18030）');
    expect(d.notes.some((n) => n.text.includes('GB2312/GBK'))).toBe(true);
  });

  it('takes title, 发布时间 and 来源 to the metadata', () => {
    expect(d.meta).toEqual({
      title: '示例市残疾人事业发展“十四五”规划',
      published: '2021-12-16',
      publisher: '示例市残联',
    });
    // The title line comes first, as the paragraph convertDocument takes for the title.
    expect(d.blocks[0]).toEqual({ type: 'paragraph', text: '示例市残疾人事业发展“十四五”规划', line: 49 });
  });

  it('removes and lists every piece of chrome, with its line in the .htm file', () => {
    expect(removedOf(d, 'site-nav')).toEqual(['首页 机构概况 新闻中心 政策法规 规划计划 信息公开 互动交流']);
    expect(removedOf(d, 'breadcrumb')).toEqual(['当前位置：首页 > 规划计划 > 正文']);
    expect(removedOf(d, 'page-info')).toEqual(['发布时间：2021-12-16 来源：示例市残联 浏览次数： 字号：[大 中 小]']);
    expect(removedOf(d, 'share')).toEqual(['分享到：']);
    expect(removedOf(d, 'print-close')).toEqual(['【打印本页】 【关闭窗口】']);
    expect(removedOf(d, 'prev-next')).toEqual([
      '上一篇：示例市残联召开2021年度工作推进会 下一篇：示例市开展“助残日”系列活动',
    ]);
    expect(removedOf(d, 'footer')).toEqual([
      '主办单位：示例市残疾人联合会 地址：示例市示例路0号 联系电话：0000-0000000',
    ]);
    expect(removedOf(d, 'site-id')).toEqual(['浙ICP备00000000号 网站标识码：0000000000 浙公网安备 00000000000000号']);
    expect(d.removed.find((r) => r.kind === 'breadcrumb')!.line).toBe(43);
    const body = bodyText(d);
    for (const chrome of [
      '当前位置',
      '浏览次数',
      '字号',
      '分享到',
      '打印本页',
      '关闭窗口',
      '上一篇',
      '下一篇',
      '主办单位',
      'ICP备',
      '网站标识码',
      '公网安备',
      '首页',
    ]) {
      expect(body).not.toContain(chrome);
    }
  });

  it('keeps the whole article text, in order, without styles or 仿宋 spans', () => {
    const paragraphs = d.blocks.filter((b) => b.type === 'paragraph').map((b) => blockText(b));
    expect(paragraphs).toEqual([
      '示例市残疾人事业发展“十四五”规划',
      '为推进全市残疾人事业高质量发展，根据《浙江省残疾人事业发展“十四五”规划》和《示例市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。规划期限为2021—2025年。',
      '一、发展基础',
      '（一）“十三五”时期取得的成就',
      '“十三五”期间，全市持证残疾人达到12,345人，2,468户困难残疾人家庭完成无障碍改造，残疾人基本康复服务覆盖率达95.6%。',
      '全市建成残疾人之家56家，累计投入1,280万元。',
      '“十四五”时期残疾人事业发展主要指标',
      '二、主要任务',
      '（一）健全残疾人社会保障制度',
      '落实困难残疾人生活补贴和重度残疾人护理补贴制度，补贴标准动态调整。联系电话：0000-0000000。',
    ]);
    expect(JSON.stringify(d.blocks)).not.toMatch(/仿宋|黑体|楷体|font|style|<|&nbsp;/);
    expect(d.notes.some((n) => n.text.includes('仿宋_GB2312'))).toBe(true);
    expectAccounted(d);
  });

  it('leaves 黑体 and bold numbered paragraphs to the numbering rules (no heading marked)', () => {
    expect(d.blocks.some((b) => b.type === 'heading')).toBe(false);
    expect(d.notes.some((n) => n.text.includes('按编号'))).toBe(true);
  });

  it('makes the image a figure with its alt text and the caption below it', () => {
    expect(d.blocks.filter((b) => b.type === 'figure')).toEqual([
      { type: 'figure', line: 63, alt: '残疾人之家康复训练', caption: '残疾人之家开展康复训练' },
    ]);
    expect(bodyText(d).split('残疾人之家开展康复训练')).toHaveLength(2); // the caption is not also a paragraph
  });

  it('reads the indicator table with its merged cells repeated', () => {
    const table = d.blocks.find((b) => b.type === 'table');
    expect(table).toEqual({
      type: 'table',
      line: 67,
      rows: [
        ['序号', '指标', '目标值', '目标值', '属性'],
        ['序号', '指标', '2020年', '2025年', '属性'],
        ['1', '残疾人基本康复服务覆盖率（%）', '95.6', '>98', '约束性'],
        ['2', '困难残疾人家庭无障碍改造（户）', '〔3,000〕', '〔3,000〕', '预期性'],
      ],
    });
    expect(d.notes.some((n) => n.line === 67 && n.text.includes('合并单元格'))).toBe(true);
  });
});

describe('readWebPage: a 集约化 article page in UTF-8', async () => {
  const d = await read('jiyue-utf8.html');

  it('reads <meta charset>, the <h1> title and the info line of spans (date written 2023年1月9日)', () => {
    expect(d.format).toBe('网页（UTF-8）');
    expect(d.meta).toEqual({
      title: '示例县残联2022年工作总结',
      published: '2023-01-09',
      publisher: '示例县残疾人联合会',
    });
    expect(removedOf(d, 'page-info')).toEqual([
      '发布日期：2023年1月9日 信息来源：示例县残疾人联合会 浏览次数： 字号：大中小',
    ]);
  });

  it('marks the <h2>/<h3> headings with their levels, and list items', () => {
    expect(d.blocks.filter((b) => b.type === 'heading')).toEqual([
      { type: 'heading', level: 2, text: '一、主要工作', line: 40 },
      { type: 'heading', level: 3, text: '（一）兜底保障更加有力', line: 41 },
      { type: 'heading', level: 3, text: '（二）就业帮扶更加精准', line: 44 },
      { type: 'heading', level: 2, text: '二、2023年工作思路', line: 53 },
    ]);
    expect(d.blocks.filter((b) => b.type === 'list-item').map(blockText)).toEqual([
      '深化残疾人之家规范化建设；',
      '推进无障碍环境建设。',
    ]);
  });

  it('keeps the figure (title attribute, figcaption), the table and every sentence', () => {
    expect(d.blocks.find((b) => b.type === 'figure')).toMatchObject({
      alt: '县残疾人之家',
      caption: '县残疾人之家一角',
    });
    expect(d.blocks.find((b) => b.type === 'table')).toMatchObject({
      rows: [
        ['项目', '2021年', '2022年'],
        ['新增就业（人）', '110', '128'],
        ['职业培训（人次）', '300', '356'],
      ],
    });
    expect(bodyText(d)).toContain('全年发放困难残疾人生活补贴1,024万元，惠及3,210人；发放重度残疾人护理补贴876万元。');
    expect(d.blocks.at(-1)).toMatchObject({ type: 'paragraph', text: '2023年1月6日' });
    expectAccounted(d);
  });

  it('lists the header, navigation, related links and footer outside the article', () => {
    expect(removedOf(d, 'site-nav')).toEqual(['首页 政务公开 政务服务 互动交流 走进示例']);
    expect(removedOf(d, 'breadcrumb')).toEqual(['您的位置：首页 > 政务公开 > 部门动态']);
    expect(removedOf(d, 'outside-article')).toEqual(['相关文章 示例县残联2021年工作总结 示例县残联2020年工作总结']);
    expect(removedOf(d, 'site-id')).toEqual(['浙ICP备00000000号-1 网站标识码：0000000001 浙公网安备 00000000000001号']);
    expect(removedOf(d, 'footer')[0]).toContain('主办单位：示例县人民政府办公室');
    expect(bodyText(d)).not.toMatch(/分享到|打印本页|上一篇|无障碍浏览|联系我们/);
  });
});

describe('readWebPage: a Hanweb notice with a sidebar and no declared charset', async () => {
  const d = await read('hanweb-undeclared-gbk.htm');

  it('reads the undeclared GBK bytes as GB18030', () => {
    expect(d.format).toBe('网页（GB18030）');
    expect(d.notes.some((n) => n.text.includes('未声明'))).toBe(true);
  });

  it('keeps the sidebar and breadcrumb out of the article although Readability starts from their wrapper', () => {
    expect(d.blocks[0]).toMatchObject({ type: 'paragraph', text: '关于开展2022年残疾人职业技能培训的通知' });
    expect(removedOf(d, 'outside-article')).toEqual(['通知公告 工作动态 通知公告']);
    expect(removedOf(d, 'breadcrumb')).toEqual(['您现在的位置：首页>>通知公告']);
    expect(removedOf(d, 'print-close')).toEqual(['[打印本页] [关闭窗口]']);
    expect(removedOf(d, 'site-id')).toEqual(['浙ICP备00000000号 政府网站标识码：0000000002']);
    expect(d.meta).toEqual({
      title: '关于开展2022年残疾人职业技能培训的通知',
      published: '2022-04-02',
      publisher: '示例区残联',
    });
  });

  it('splits the <br> paragraphs and keeps every line of the notice, attachment included', () => {
    expect(d.blocks.slice(1).map(blockText)).toEqual([
      '各街道（镇）残联：',
      '为提升残疾人就业能力，区残联决定开展2022年残疾人职业技能培训。现将有关事项通知如下：',
      '一、培训对象',
      '持有第二代残疾人证、有培训意愿的16至59周岁残疾人，共计120名。',
      '二、培训内容',
      '电子商务、中式面点、按摩推拿等3个项目，每期培训15天。',
      '三、报名方式',
      '请于4月20日前将报名表报区残联就业服务所，联系电话：0000-0000000。',
      '示例区残疾人联合会',
      '2022年4月2日',
      '附件：2022年残疾人职业技能培训报名表.doc',
    ]);
    expectAccounted(d);
  });
});

describe('readWebPage: a minified page', async () => {
  const html = readFileSync(join(dir, 'jiyue-utf8.html'), 'utf8').replace(/>\s*\n\s*</g, '><');
  const d = await readWebPage(new TextEncoder().encode(html), 'min.html');
  const normal = await read('jiyue-utf8.html');

  it('numbers lines in reading order and reads the same article', () => {
    expect(html.split('\n').length).toBeLessThan(10);
    expect(d.notes.some((n) => n.text.includes('阅读顺序'))).toBe(true);
    expect(d.blocks.map(blockText)).toEqual(normal.blocks.map(blockText));
    expect(new Set(d.blocks.map((b) => b.line)).size).toBe(d.blocks.length);
    expectAccounted(d);
  });
});

const article = (inner: string) =>
  `<div class="nav"><a href="/">首页</a> <a href="/a">新闻</a></div><div class="content">${inner}</div><div class="footer">版权所有：示例市残联 浙ICP备00000000号</div>`;
const filler =
  '全市残疾人事业取得新进展，残疾人基本民生保障更加有力，残疾人就业创业更加活跃，康复服务覆盖面进一步扩大。'.repeat(3);

describe('readWebPage: decisions on small pages', () => {
  it('splits lines at <br>, as the page shows them', async () => {
    const d = await page(article(`<p>${filler}<br>一、总体情况<br/>全市持证残疾人12,345人。</p><p>${filler}</p>`));
    expect(d.blocks.map(blockText).slice(0, 3)).toEqual([filler, '一、总体情况', '全市持证残疾人12,345人。']);
  });

  it('joins a source line wrapped between Chinese characters without a space', async () => {
    const d = await page(article(`<p>${filler}全市持证\n      残疾人12,345人。</p>`));
    expect(blockText(d.blocks[0]!)).toBe(`${filler}全市持证残疾人12,345人。`);
  });

  it('does not mark a bold-only paragraph as a heading', async () => {
    const d = await page(
      article(
        `<p><strong>一、总体情况</strong></p><p>${filler}</p><p style="font-family:黑体">二、主要措施</p><p>${filler}</p>`,
      ),
    );
    expect(d.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('lists hidden text instead of keeping or dropping it silently', async () => {
    const d = await page(article(`<p>${filler}</p><div style="display:none">隐藏的12人</div><p>${filler}</p>`));
    expect(removedOf(d, 'hidden')).toEqual(['隐藏的12人']);
    expect(bodyText(d)).not.toContain('隐藏');
  });

  it('keeps article lines that merely start like chrome or say 时间：', async () => {
    const long = `上一篇文章提到，${filler}`;
    const d = await page(article(`<p>${filler}</p><p>会议时间：2022年3月1日</p><p>${long}</p>`));
    expect(bodyText(d)).toContain('会议时间：2022年3月1日');
    expect(bodyText(d)).toContain(long);
  });

  it('numbers <ol> items as the browser shows them', async () => {
    const d = await page(
      article(`<p>${filler}</p><ol start="3"><li>甲项</li><li>乙项<ul><li>细项</li></ul></li></ol>`),
    );
    expect(d.blocks.filter((b) => b.type === 'list-item')).toMatchObject([
      { text: '3. 甲项', depth: 1 },
      { text: '4. 乙项', depth: 1 },
      { text: '细项', depth: 2 },
    ]);
  });

  it('reads layout tables as blocks and a one-row table as lines, not as data tables', async () => {
    const d = await page(
      `<table><tr><td><a href="/">首页</a></td></tr><tr><td><div class="content"><p>${filler}</p><p>${filler}</p></div></td></tr></table>`,
    );
    expect(d.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(d.blocks.map(blockText)).toContain(filler);
  });

  it('takes the date from PubDate and the source from ContentSource when the page shows no info line', async () => {
    const head =
      '<meta charset="utf-8"><title>关于示例的通知_示例网</title><meta name="ArticleTitle" content="关于示例的通知"><meta name="PubDate" content="2022/3/5 10:00:00"><meta name="ContentSource" content="示例市残联">';
    const d = await page(article(`<p>${filler}</p>`), head);
    expect(d.meta).toEqual({ title: '关于示例的通知', published: '2022-03-05', publisher: '示例市残联' });
    // The body does not show that title: it is no source text, the importer writes it from meta.title.
    expect(d.sourceText).not.toContain('关于示例的通知');
    expect(d.notes.some((n) => n.text.includes('ArticleTitle'))).toBe(true);
  });
});
