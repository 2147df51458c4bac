import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportIndicators } from './run-import-indicators.ts';

// Synthetic table (not a published figure).
const TABLE =
  '示例主要指标\n序号\n指标\n2020年\n基期值\n2025年\n目标值\n指标\n属性\n1\n示例覆盖率\n70%\n≧90%\n约束性\n2\n示例户数\n100户\n>200户\n预期性\n';

function site() {
  const root = mkdtempSync(join(tmpdir(), 'import-indicators-'));
  mkdirSync(join(root, 'data/plans'), { recursive: true });
  writeFileSync(join(root, 'table.txt'), TABLE);
  const out: string[] = [];
  const err: string[] = [];
  const io = { root, out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  return { root, out, err, io };
}

describe('runImportIndicators', () => {
  it('prints what it read, writes the indicators file and refuses to overwrite without --force', async () => {
    const { root, out, err, io } = site();
    expect(await runImportIndicators(['table.txt', '--plan', 'demo-plan', '--document', '009'], io)).toBe(0);
    expect(out.slice(0, 3)).toEqual([
      '从 table.txt 读到 2 个指标（一格一行的文字表格）：',
      '  1. 示例覆盖率 ｜ 基期 70% ｜ 目标 ≧90% ｜ 约束性',
      '  2. 示例户数 ｜ 基期 100户 ｜ 目标 >200户 ｜ 预期性',
    ]);
    expect(out).toContain('还需要规划文件 data/plans/demo-plan.yaml（标题、机构、年份和来源），否则检查不会通过。');
    const written = readFileSync(join(root, 'data/plans/demo-plan/indicators.yaml'), 'utf8');
    expect(written).toContain('quote: 2 | 示例户数 | 100户 | >200户 | 预期性');
    expect(written).toContain('text: ≧90%');

    expect(await runImportIndicators(['table.txt', '--plan', 'demo-plan', '--document', '009'], io)).toBe(1);
    expect(err[0]).toBe(
      'data/plans/demo-plan/indicators.yaml: （整个文件） — 文件已存在，没有覆盖 — 确认要替换时加上 --force；想先看结果可加 --dry-run',
    );
    expect(await runImportIndicators(['table.txt', '--plan', 'demo-plan', '--document', '009', '--force'], io)).toBe(0);
  });

  it('takes the document id from the plan file and writes nothing on --dry-run', async () => {
    const { root, out, io } = site();
    writeFileSync(join(root, 'data/plans/demo-plan.yaml'), "id: demo-plan\nsource:\n  document: '009'\n");
    expect(await runImportIndicators(['table.txt', '--plan', 'demo-plan', '--dry-run'], io)).toBe(0);
    expect(out.join('\n')).toContain('      document: "009"');
    expect(() => readFileSync(join(root, 'data/plans/demo-plan/indicators.yaml'))).toThrow();
  });

  it('explains what is missing on the command line and in the file', async () => {
    const { root, err, io } = site();
    expect(await runImportIndicators(['table.txt'], io)).toBe(1);
    expect(err[0]).toBe(
      '（命令行）: --plan — 缺少规划编号 — 写成 --plan lishui-2021-2025（即 data/plans/ 下规划文件的文件名）',
    );
    err.length = 0;
    expect(await runImportIndicators(['table.txt', '--plan', 'demo-plan'], io)).toBe(1);
    expect(err[0]).toBe(
      '（命令行）: --document — 不知道指标出自哪个文件 — 加上 --document 003 这样的文件编号，或先建好 data/plans/demo-plan.yaml（其中写明 source.document）',
    );
    err.length = 0;
    writeFileSync(join(root, 'plain.txt'), '这里没有表格。\n');
    expect(await runImportIndicators(['plain.txt', '--plan', 'demo-plan', '--document', '009'], io)).toBe(1);
    expect(err[0]).toBe(
      'plain.txt: （整个文件） — 没有找到主要指标表 — 表格要有“序号”表头，每行以序号 1、2、3…开头；文字文件可以一格一行，也可以用两个以上空格分隔各列',
    );
  });
});
