import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkSite } from '../check/check-site.ts';
import { formatProblem } from '../core/problem.ts';
import { runFigures } from './run-figures.ts';

const ROOT = join(import.meta.dirname, '../../..');
let root: string;
let out: string[];
let err: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'figures-'));
  cpSync(join(ROOT, 'data/orgs'), join(root, 'data/orgs'), { recursive: true });
  writeFileSync(
    join(root, '004_report.txt'),
    'XX区残联2023年工作总结\n一、兜底保障\n截至目前已有12112人享受重度残疾人护理补贴，补助金额约108万元。\n二、就业\n新增就业89人。\n',
  );
  out = [];
  err = [];
});

const run = (...argv: string[]) => runFigures(argv, { root, out: (l) => out.push(l), err: (l) => err.push(l) });
const datasetProblems = () => checkSite(root, ['data/datasets']).problems.map(formatProblem);

describe('npm run figures', () => {
  it('lists each figure with what it counts, its line and sentence', async () => {
    expect(await run('004_report.txt')).toBe(0);
    expect(out).toEqual([
      '第 3 行  享受重度残疾人护理补贴：12112人',
      '    原文：截至目前已有12112人享受重度残疾人护理补贴，补助金额约108万元。',
      '第 3 行  补助金额：约108万元',
      '    原文：截至目前已有12112人享受重度残疾人护理补贴，补助金额约108万元。',
      '第 5 行  新增就业：89人',
      '    原文：新增就业89人。',
      '\n共 3 个数字。这些是程序摘出的，请对照原文核对后再使用。',
    ]);
  });

  it('--json prints an array with value, unit, subject, sentence and line', async () => {
    expect(await run('004_report.txt', '--json')).toBe(0);
    const figures = JSON.parse(out.join('\n')) as Record<string, unknown>[];
    expect(figures[0]).toEqual({
      value: '12112',
      unit: '人',
      subject: '享受重度残疾人护理补贴',
      sentence: '截至目前已有12112人享受重度残疾人护理补贴，补助金额约108万元。',
      line: 3,
      number: 12112,
    });
    expect(figures[1]).toMatchObject({ value: '108', unit: '万元', qualifier: '约' });
    expect(figures).toHaveLength(3);
  });

  it('--draft writes a dataset that npm run check rejects until confirmed and titled', async () => {
    expect(
      await run(
        '004_report.txt',
        '--draft',
        'xx-district-2023-figures',
        '--org',
        'xx-district',
        '--year',
        '2023',
        '--topic',
        'social-security',
      ),
    ).toBe(0);
    expect(out.at(-1)).toMatch(
      /^\n已写入草稿 data\/datasets\/xx-district-2023-figures\.csv 和 data\/datasets\/xx-district-2023-figures\.yaml（confirmed: false）/,
    );
    const yamlFile = join(root, 'data/datasets/xx-district-2023-figures.yaml');
    const csv = readFileSync(join(root, 'data/datasets/xx-district-2023-figures.csv'), 'utf8');
    expect(csv).toBe(
      [
        '编号,项目,数值,单位,原文,备注',
        '3-1,享受重度残疾人护理补贴,12112,人,截至目前已有12112人享受重度残疾人护理补贴，补助金额约108万元。,',
        '3-2,补助金额,,万元,截至目前已有12112人享受重度残疾人护理补贴，补助金额约108万元。,原文为“约108万元”，不是确数',
        '5-1,新增就业,89,人,新增就业89人。,',
        '',
      ].join('\n'),
    );
    const yaml = readFileSync(yamlFile, 'utf8');
    expect(yaml).toContain('source:\n  document: "004"\n');
    const line = yaml.split('\n').indexOf('confirmed: false') + 1;
    expect(datasetProblems()).toEqual([
      `data/datasets/xx-district-2023-figures.yaml:${line}: confirmed — 这份数据还没有核对 — 逐行对照原文核对后改为 confirmed: true`,
    ]);
    writeFileSync(yamlFile, yaml.replace(/^confirmed: false$/m, 'confirmed: true'));
    expect(datasetProblems()).toEqual([
      expect.stringMatching(/^data\/datasets\/xx-district-2023-figures\.yaml:\d+: title — 还没有填写/),
    ]);
    writeFileSync(
      yamlFile,
      yaml
        .replace(/^confirmed: false$/m, 'confirmed: true')
        .replace('title: 【待填写】', 'title: XX区2023年兜底保障和就业'),
    );
    expect(datasetProblems()).toEqual([]);
  });

  it('refuses to overwrite a draft and reports bad input in the project format', async () => {
    await run('004_report.txt', '--draft', 'x-figures');
    err = [];
    expect(await run('004_report.txt', '--draft', 'x-figures')).toBe(1);
    expect(err[0]).toBe(
      'data/datasets/x-figures.csv: （整个文件） — 文件已存在，为避免覆盖已停止 — 换一个 --draft 编号；确认要替换时加上 --force',
    );
    expect(await run('004_report.txt', '--draft', 'x-figures', '--force')).toBe(0);
    const first = async (...argv: string[]) => {
      err = [];
      expect(await run(...argv)).toBe(1);
      return err[0];
    };
    expect(await first('report.odt')).toMatch(/^report\.odt: （整个文件） — 不支持“\.odt”格式的文件 — 只能读 /);
    expect(await first('missing.txt')).toBe(
      'missing.txt: （整个文件） — 找不到这个文件 — 检查路径和文件名是否写对；相对路径从运行命令的目录算起',
    );
    expect(await first('004_report.txt', '--draft', 'X 数据')).toBe(
      '（命令行）: --draft — “X 数据”不能作数据表编号 — 只用小写英文字母、数字和短横线，例如 --draft xx-district-2023-figures',
    );
    expect(await first('004_report.txt', '--topic', 'jobs')).toMatch(/^（命令行）: --topic — 没有“jobs”这个主题/);
    expect(await first()).toMatch(/^（命令行）: 文件路径 — 没有指定要读的文件/);
    expect(existsSync(join(root, 'data/datasets/X 数据.csv'))).toBe(false);
  });
});
