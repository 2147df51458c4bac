import { describe, expect, it } from 'vitest';
import { crOnly, isOfficeFile, isZip } from './sniff-bytes.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('sniffing', () => {
  it('tells Office files from plain zip archives', () => {
    const local = [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0];
    expect(isOfficeFile(bytes(local, '[Content_Types].xml', [0, 0]))).toBe(true);
    expect(isOfficeFile(bytes(local, 'mimetypeapplication/vnd.oasis.opendocument.text'))).toBe(true);
    expect(isOfficeFile(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe(true);
    const plain = bytes(local, 'x.csv', [0, 0, 1, 2]);
    expect(isOfficeFile(plain)).toBe(false);
    expect(isZip(plain)).toBe(true);
    expect(isZip(bytes([0x50, 0x4b, 0x05, 0x06], new Array(18).fill(0)))).toBe(true);
    expect(isZip(bytes('PK is how this line starts'))).toBe(false);
  });

  it('finds CR-only line breaks and nothing else', () => {
    expect(crOnly(bytes('id: demo\rname: 1\r'))).toBe(true);
    expect(crOnly(bytes('id: demo\r\nname: 1\r\n'))).toBe(false);
    expect(crOnly(bytes('id: demo\nname: 1\n'))).toBe(false);
    expect(crOnly(bytes('id: demo'))).toBe(false);
  });
});
