import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli.ts';

const spec = { values: ['org', 'year'], flags: ['force'] };

describe('parseCliArgs', () => {
  it('reads positionals, values in both forms and flags', () => {
    const { args, problems } = parseCliArgs(['a.txt', '--org', 'lishui', '--year=2021', '--force'], spec);
    expect(problems).toEqual([]);
    expect(args.positionals).toEqual(['a.txt']);
    expect(args.values).toEqual({ org: 'lishui', year: '2021' });
    expect([...args.flags]).toEqual(['force']);
  });

  it('reports unknown options and missing values', () => {
    const { problems } = parseCliArgs(['--orgg', 'x', '--year', '--org'], spec, 'a.txt');
    expect(problems).toEqual([
      { file: 'a.txt', field: '--orgg', problem: '不认识这个参数', fix: '可用的参数：--org、--year、--force' },
      { file: 'a.txt', field: '--year', problem: '参数后面缺少值', fix: '写成 --year 值，例如 --year 2023' },
      { file: 'a.txt', field: '--org', problem: '参数后面缺少值', fix: '写成 --org 值，例如 --org lishui' },
    ]);
  });
});
