import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chromeLineKind, outsideKind, widgetKind } from './web-chrome.ts';

describe('chromeLineKind', () => {
  it.each([
    ['【打印本页】【关闭窗口】', 'print-close'],
    ['[打印] [关闭]', 'print-close'],
    ['【字体：大 中 小】【打印本页】【关闭窗口】', 'font-size'],
    ['字号：[大 中 小]', 'font-size'],
    ['【大 中 小】', 'font-size'],
    ['分享到：微信 微博 QQ空间', 'share'],
    ['当前位置：首页 > 新闻中心 > 工作动态', 'breadcrumb'],
    ['您现在的位置 首页 » 信息公开', 'breadcrumb'],
    ['浏览次数：1234次', 'view-count'],
    ['访问量：', 'view-count'],
    // A toolbar with the view count among its buttons.
    ['浏览次数：0 [打印] [关闭]', 'view-count'],
    ['【打印本页】 阅读量：15 【关闭窗口】', 'view-count'],
    ['上一篇：示例市召开推进会', 'prev-next'],
    ['下一篇：没有了', 'prev-next'],
    ['浙ICP备00000000号-1', 'site-id'],
    ['（责任编辑：王某某）', 'byline'],
    ['责任编辑：王某 审核：李某', 'byline'],
    ['扫一扫在手机打开当前页', 'qr-code'],
    ['手机扫码阅读本文', 'qr-code'],
    ['【我要打印】【关闭窗口】', 'print-close'],
    ['网站标识码：0000000000 浙公网安备 00000000000000号', 'site-id'],
  ])('%s → %s', (text, kind) => {
    expect(chromeLineKind(text)).toBe(kind);
  });

  it.each([
    '中',
    '大中型企业',
    '上一篇文章提到，全市残疾人就业人数增加',
    '当前位置不明确的问题得到解决',
    '分享经验做法，推动工作落实',
    '打印机采购12台',
    '关闭不合格机构3家',
    '浏览次数：12次，分享到朋友圈的人很多',
    '编辑：做好残疾人证核发工作（见附件1）后报送',
    '扫一扫就能办理残疾人证换领业务',
  ])('keeps article text: %s', (text) => {
    expect(chromeLineKind(text)).toBeUndefined();
  });

  it('needs more than 大/中/小 alone', () => {
    expect(widgetKind('大 小')).toBeUndefined();
    expect(widgetKind('大中小')).toBe('font-size');
  });
});

describe('outsideKind', () => {
  const doc = new JSDOM(
    '<nav><a>首页</a></nav><div class="foot_wrap"><p id="x">示例</p></div><div class="side"><p id="y">相关文章</p></div><p id="z">版权所有：示例市残联</p>',
  ).window.document;
  it('knows regions by tag, class and footer text', () => {
    expect(outsideKind('首页', doc.querySelector('nav a')!)).toBe('site-nav');
    expect(outsideKind('示例', doc.getElementById('x')!)).toBe('footer');
    expect(outsideKind('相关文章', doc.getElementById('y')!)).toBe('outside-article');
    expect(outsideKind('版权所有：示例市残联', doc.getElementById('z')!)).toBe('footer');
  });
});
