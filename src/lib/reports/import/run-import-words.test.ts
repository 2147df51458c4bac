// The import stops when the words-kept check fails: a converter that loses a heading is simulated, since the
// real ones (tested over every fixture in words-kept-fixtures.test.ts) keep every word.
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Converted } from './convert.ts';

vi.mock('./convert-document.ts', async (original) => {
  const real = await original<typeof import('./convert-document.ts')>();
  return {
    convertDocument: (...args: Parameters<typeof real.convertDocument>): Converted => {
      const c = real.convertDocument(...args);
      // Loses the second heading, as a careless converter would.
      return { ...c, blocks: c.blocks.filter((b) => !(b.type === 'heading' && b.text.startsWith('二、'))) };
    },
  };
});

const { runImport } = await import('./run-import.ts');

describe('runImport with a converter that loses words', () => {
  it('fails with exit 1, says where, and writes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'words-'));
    mkdirSync(join(root, 'data/orgs'), { recursive: true });
    writeFileSync(join(root, 'data/orgs/xx-district.yaml'), 'id: xx-district\nname: XX区残疾人联合会\n');
    writeFileSync(
      join(root, 'doc.txt'),
      'XX区残联2023年工作总结\n一、基本情况\n补助X万元。\n二、工作计划\n（一）加强组织建设\n',
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImport(['doc.txt', '--org', 'xx-district', '--year', '2023'], {
      root,
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    expect(code).toBe(1);
    expect(err[0]).toBe(
      'doc.txt:4: 文字核对 — 原文“二、工作计划”中的“二工作计划”没有写进导入结果，也没有列在删除的内容里 — 这是导入程序的错误，不要使用这次导入的结果；请把原文件和这条提示交给网站维护人员',
    );
    expect(out.join('\n')).not.toMatch(/文字核对|文字未改/);
    expect(existsSync(join(root, 'content/reports/xx-district/2023-summary.md'))).toBe(false);
  });
});
