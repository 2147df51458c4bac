import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeWebPage } from './web-encoding.ts';

const body = '<p>全市持证残疾人达到12,345人，其中䶮姓1人。</p>';
const page = (head: string) => `<html><head>${head}<title>残联</title></head><body>${body}</body></html>`;

describe('decodeWebPage', () => {
  it('reads a GB2312 declaration from http-equiv and decodes as GB18030 (characters outside GB2312 kept)', () => {
    const bytes = iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gb18030');
    const d = decodeWebPage(bytes);
    expect(d.encoding).toBe('GB18030');
    expect(d.source).toContain('GB2312/GBK');
    expect(d.text).toContain(body);
  });

  it('reads <meta charset="gbk">', () => {
    const d = decodeWebPage(iconv.encode(page('<meta charset="gbk">'), 'gbk'));
    expect(d.encoding).toBe('GB18030');
    expect(d.text).toContain('全市持证残疾人');
  });

  it('ignores a charset that only appears in the body text (prescan, not a search of the page)', () => {
    const html = `<html><head><title>x</title></head><body>${'填充'.repeat(400)}<p>charset=utf-8</p>${body}</body></html>`;
    const d = decodeWebPage(iconv.encode(html, 'gbk'));
    expect(d.encoding).toBe('GB18030');
    expect(d.source).toContain('未声明');
    expect(d.text).toContain(body);
  });

  it('takes the BOM over the declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page('<meta charset="gb2312">'))]);
    const d = decodeWebPage(bytes);
    expect(d.encoding).toBe('UTF-8');
    expect(d.source).toContain('BOM');
    expect(d.text.startsWith('<html>')).toBe(true);
  });

  it('reads an undeclared page as strict UTF-8, else GB18030', () => {
    expect(decodeWebPage(new TextEncoder().encode(page(''))).encoding).toBe('UTF-8');
    const gbk = decodeWebPage(iconv.encode(page(''), 'gbk'));
    expect(gbk.encoding).toBe('GB18030');
    expect(gbk.text).toContain('全市持证残疾人');
  });

  it('reports a declaration the bytes contradict', () => {
    const d = decodeWebPage(new TextEncoder().encode(page('<meta charset="gb2312">')));
    expect(d.encoding).toBe('UTF-8');
    expect(d.mismatch).toContain('UTF-8');
    expect(d.text).toContain(body);
    const e = decodeWebPage(iconv.encode(page('<meta charset="utf-8">'), 'gbk'));
    expect(e.encoding).toBe('GB18030');
    expect(e.mismatch).toContain('不是有效的 UTF-8');
  });
});
