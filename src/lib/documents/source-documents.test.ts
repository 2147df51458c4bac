import { describe, expect, it } from 'vitest';
import { documentIdOfFile, findByDocument } from './source-documents.ts';

describe('documentIdOfFile', () => {
  it('takes the part before the first underscore', () => {
    expect(documentIdOfFile('004_8ffbfc9c4165cab2.txt')).toBe('004');
    expect(documentIdOfFile('报告.docx')).toBe('报告.docx');
  });
});

describe('findByDocument', () => {
  const reports = [
    { id: 'a', file: '001_x.txt' },
    { id: 'b', file: '004_y.txt' },
    { id: 'c', file: '004_z.txt' },
  ];
  it('finds the first report of a document, in list order', () => {
    expect(findByDocument('004', reports, (r) => r.file)?.id).toBe('b');
    expect(findByDocument('001', reports, (r) => r.file)?.id).toBe('a');
  });
  it('does not match a longer id that merely starts the same', () => {
    expect(findByDocument('00', reports, (r) => r.file)).toBeUndefined();
    expect(findByDocument('0041', [{ file: '004_1.txt' }], (r) => r.file)).toBeUndefined();
  });
});
