// `npm run import` on saved pages of two more CMS shapes (tests/fixtures/import/web/make-cms-fixtures.ts): a
// Hanweb page in GB2312 with <br>-separated lines and bold numbered headings, and a 集约化 page with an index table
// above the <h1>, bold-only section headings and a picture whose caption repeats its alt text.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../reports/import/run-import.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/import/web');
let root: string;
let out: string[];
let err: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-cms-'));
  mkdirSync(join(root, 'data/orgs'), { recursive: true });
  writeFileSync(join(root, 'data/orgs/xx-district.yaml'), 'id: xx-district\nname: XX区残疾人联合会\n');
  for (const f of ['hanweb-br-gbk.htm', 'jiyue-xxgk-utf8.html']) copyFileSync(join(FIXTURES, f), join(root, f));
  out = [];
  err = [];
});
const run = (file: string, year: string, kind: string) =>
  runImport([file, '--org', 'xx-district', '--year', year, '--kind', kind], {
    root,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
const written = (name: string) => readFileSync(join(root, 'content/reports/xx-district', name), 'utf8');

describe('npm run import on more CMS page shapes', () => {
  it('a 集约化 page: a caption that repeats the alt text is one figure note, and every word is proven kept', async () => {
    expect(await run('jiyue-xxgk-utf8.html', '2023', 'summary'), err.join('\n')).toBe(0);
    const md = written('2023-summary.md');
    expect(md).toContain('（图：县残疾人综合服务中心）');
    expect(md).toContain('publisher: 示例县残联');
    expect(md).toMatch(/published: ['"]?2024-01-18/);
    expect(md).not.toMatch(/仿宋|当前位置|ICP备|分享到|上一篇|阅读量/);
    expect(out.join('\n')).toMatch(/文字核对：.*全部保留/);
  });
});
