// A Word table that lays photos out with their captions in the row below (tests/fixtures/import/word/
// word-photo-table.ts). Before, the captions were read as a table and the pictures after it, so the words-kept
// check failed the import: the source had alt, alt, caption, caption and the result caption, caption, alt.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordPhotoTableDocx } from '../../../tests/fixtures/import/word/word-photo-table.ts';
import { runImport } from '../reports/import/run-import.ts';

describe('a table of photos with their captions under them', () => {
  it('is read as figures with captions; a data table next to it stays a table; every word proven kept', async () => {
    const root = mkdtempSync(join(tmpdir(), 'photo-grid-'));
    mkdirSync(join(root, 'data/orgs'), { recursive: true });
    writeFileSync(join(root, 'data/orgs/xx-district.yaml'), 'id: xx-district\nname: XX区残疾人联合会\n');
    writeFileSync(join(root, 'photos.docx'), await wordPhotoTableDocx());
    const out: string[] = [];
    const err: string[] = [];
    const io = { root, out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    const argv = [
      'photos.docx',
      '--org',
      'xx-district',
      '--year',
      '2024',
      '--kind',
      'summary',
      '--title',
      '某区残联2024年助残志愿服务情况',
    ];
    expect(await runImport(argv, io), err.join('\n')).toBe(0);
    expect(out.join('\n')).toMatch(/文字核对：.*全部保留/);
    const md = readFileSync(join(root, 'content/reports/xx-district/2024-summary.md'), 'utf8');
    expect(md).toContain(
      '全年开展助残志愿服务活动24场。\n\n（图：助残志愿者入户走访；图 1 入户走访）\n\n（图：图2 康复器材进社区）\n\n| 项目 | 人次 |',
    );
    expect(md).not.toContain('| 图 1 入户走访');
  });
});
