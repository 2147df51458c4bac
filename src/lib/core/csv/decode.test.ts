import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/csv/${name}`, import.meta.url)));
const plain = readFileSync(new URL('../../../../tests/fixtures/csv/utf8-plain.csv', import.meta.url), 'utf8');

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsvBytes(fixture('utf8-plain.csv'))).toEqual({ text: plain, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeCsvBytes(fixture('utf8-bom.csv'))).toEqual({ text: plain, encoding: 'utf-8', bom: true });
  });

  it('detects GB18030 (Excel on Chinese Windows) when the bytes are not UTF-8', () => {
    expect(decodeCsvBytes(fixture('gb18030.csv'))).toEqual({ text: plain, encoding: 'gb18030', bom: false });
  });

  it('follows a declared gb18030 even for bytes that happen to be valid UTF-8', () => {
    const bytes = new TextEncoder().encode('中文');
    const asGb = new TextDecoder('gb18030').decode(bytes);
    expect(asGb).not.toBe('中文');
    expect(decodeCsvBytes(bytes, 'gb18030')).toEqual({ encoding: 'gb18030', text: asGb, bom: false });
  });

  it('reports a BOM that contradicts a declared gb18030, and UTF-16 files', () => {
    expect(decodeCsvBytes(fixture('utf8-bom.csv'), 'gb18030')).toEqual({
      problem: '元数据写明 encoding: gb18030，但文件是带 BOM 的 UTF-8',
      fix: '删除元数据中的 encoding 一行（UTF-8 是默认编码）',
    });
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({
      problem: '文件是 UTF-16 编码（Excel“Unicode 文本”格式），不是 CSV',
      fix: '在 Excel 中选择“另存为”，文件类型选“CSV UTF-8（逗号分隔）”',
    });
  });

  it('reports bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeCsvBytes(new Uint8Array([0x41, 0x81, 0x20]))).toEqual({
      problem: '无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK）',
      fix: '用 Excel 或 WPS 打开后“另存为”CSV UTF-8（逗号分隔）',
    });
  });
});
