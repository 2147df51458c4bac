import { describe, expect, it } from 'vitest';
import { findFigures, figuresInSentence } from './figures.ts';
import { readText } from '../documents/text.ts';
import type { ReadDocument } from '../documents/types.ts';

const brief = (s: string) => figuresInSentence(s, 1).map((f) => [f.subject, `${f.qualifier ?? ''}${f.value}${f.unit}`]);

describe('figuresInSentence', () => {
  it('finds what a figure counts, before the number or after it', () => {
    expect(brief('截至目前已有12112人享受重度残疾人护理补贴，4961人享受困难残疾人生活补贴。')).toEqual([
      ['享受重度残疾人护理补贴', '12112人'],
      ['享受困难残疾人生活补贴', '4961人'],
    ]);
    expect(
      brief('2020年全区残疾人就业招聘会，有7家爱心企业参加招聘，推出岗位42个，拟招聘人数113名；进场求职残疾人102名。'),
    ).toEqual([
      ['爱心企业参加招聘', '7家'],
      ['推出岗位', '42个'],
      ['拟招聘人数', '113名'],
      ['进场求职残疾人', '102名'],
    ]);
  });

  it('reads thousands, decimals, percents, 万元 and approximations, and keeps the value as written', () => {
    const [a, b, c, d] = figuresInSentence(
      '全市持证残疾人1,234人，补助金额约108万元，覆盖率达98.5％，培训300余人次。',
      7,
    );
    expect(a).toMatchObject({ value: '1,234', number: 1234, unit: '人', subject: '持证残疾人', line: 7 });
    expect(b).toMatchObject({ value: '108', unit: '万元', qualifier: '约', subject: '补助金额' });
    expect(c).toMatchObject({ value: '98.5', number: 98.5, unit: '％', subject: '覆盖率' });
    expect(d).toMatchObject({ value: '300', unit: '人次', qualifier: '余', subject: '培训' });
    expect(a!.sentence).toBe('全市持证残疾人1,234人，补助金额约108万元，覆盖率达98.5％，培训300余人次。');
  });

  it('leaves out years, months, ages, ranks and numbering', () => {
    expect(brief('2020年8月底，60周岁以上5970人，位居第3名。1.加强建设')).toEqual([['60周岁以上', '5970人']]);
  });

  it('reads a comma after a word as a clause break, after a digit as thousands', () => {
    expect(brief('全力推进民生实事项目,25家“残疾人之家”星级改造')).toEqual([['“残疾人之家”星级改造', '25家']]);
  });
});

describe('findFigures', () => {
  it('reads a text file after the importer’s clean-up, with its line numbers', () => {
    const doc = readText(
      Buffer.from('某区残联总结\n一、就业\n已落实残疾人就业##paidbegin##88名，其中新增稳定就业34名。\n'),
      'a.txt',
    );
    expect(findFigures(doc).map((f) => [f.line, f.subject, f.value, f.unit, f.sentence])).toEqual([
      [3, '落实残疾人就业', '88', '名', '已落实残疾人就业88名，其中新增稳定就业34名。'],
      [3, '新增稳定就业', '34', '名', '已落实残疾人就业88名，其中新增稳定就业34名。'],
    ]);
  });

  it('takes any ReadDocument: marked headings, paragraphs and a table with units in the row name', () => {
    const doc: ReadDocument = {
      format: 'PDF（文字层）',
      blocks: [
        { type: 'heading', level: 1, text: '某市残疾人事业发展规划', line: 1 },
        { type: 'paragraph', text: '全市共有持证残疾人4.5万人。', line: 2 },
        {
          type: 'table',
          rows: [
            ['序号', '指标', '2025年', '属性'],
            ['1', '残疾人基本康复服务覆盖率(%)', '>95', '约束性'],
            ['2', '新增就业人数（人）', '1500', '预期性'],
          ],
          line: 3,
        },
        {
          type: 'table',
          rows: [
            ['指 标', '2025 年', '属 性'],
            ['1.残疾人家庭人均收入年均增长(%)', '>7.5', '预期性'],
            ['2.困难残疾人生活补贴覆盖率(%)', '≥95', '约束性'],
          ],
          line: 4,
        },
      ],
      removed: [],
      notes: [],
      meta: {},
      sourceText: '',
    };
    expect(findFigures(doc).map((f) => [f.line, f.subject, f.qualifier ?? '', f.value, f.unit])).toEqual([
      [2, '持证残疾人', '', '4.5', '万人'],
      [3, '残疾人基本康复服务覆盖率 2025年', '>', '95', '%'],
      [3, '新增就业人数 2025年', '', '1500', '人'],
      [4, '残疾人家庭人均收入年均增长 2025 年', '>', '7.5', '%'],
      [4, '困难残疾人生活补贴覆盖率 2025 年', '≥', '95', '%'],
    ]);
  });
});
