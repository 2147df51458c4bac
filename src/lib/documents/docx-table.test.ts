import { describe, expect, it } from 'vitest';
import { layoutTable } from './docx-table.ts';

const c = (text: string, extra: object = {}) => ({ text, span: 1, ...extra });

describe('layoutTable', () => {
  it('repeats merged cells across (gridSpan) and down (vMerge) and pads short rows', () => {
    const { grid, merged } = layoutTable([
      { before: 0, cells: [c('类别'), c('项目'), c('人数')] },
      { before: 0, cells: [c('就业', { vMerge: 'restart' }), c('按比例'), c('120')] },
      { before: 0, cells: [c('', { vMerge: 'continue' }), c('个体'), c('85')] },
      { before: 0, cells: [c('合计', { span: 2 }), c('205')] },
      { before: 1, cells: [c('注')] },
    ]);
    expect(grid).toEqual([
      ['类别', '项目', '人数'],
      ['就业', '按比例', '120'],
      ['就业', '个体', '85'],
      ['合计', '合计', '205'],
      ['', '注', ''],
    ]);
    expect(merged).toBe(true);
  });

  it('says nothing was merged when no text was repeated', () => {
    expect(layoutTable([{ before: 0, cells: [c('a'), c('', { span: 2 })] }]).merged).toBe(false);
  });

  it('carries a legacy hMerge continuation from the left', () => {
    expect(layoutTable([{ before: 0, cells: [c('甲'), c('', { hMergeContinue: true })] }]).grid).toEqual([
      ['甲', '甲'],
    ]);
  });
});
