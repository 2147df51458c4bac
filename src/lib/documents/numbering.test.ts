import { describe, expect, it } from 'vitest';
import { matchNumbering, splitTitle } from './numbering.ts';

describe('matchNumbering', () => {
  it.each([
    ['一、2020年工作总结', 'chinese', '一、', '2020年工作总结'],
    ['三、 组织实施', 'chinese', '三、', '组织实施'],
    ['（一）聚焦中心，全面深化党的建设。', 'chinese-paren', '（一）', '聚焦中心，全面深化党的建设。'],
    ['(十)残疾人工作基层基础提升行动', 'chinese-paren', '(十)', '残疾人工作基层基础提升行动'],
    ['1.完善残疾人基本生活保障制度。', 'arabic', '1.', '完善残疾人基本生活保障制度。'],
    ['2．提升残疾人社会福利体系。', 'arabic', '2．', '提升残疾人社会福利体系。'],
    ['3、健全残疾人社会保险制度。', 'arabic', '3、', '健全残疾人社会保险制度。'],
    ['１２．全角数字', 'arabic', '１２．', '全角数字'],
    ['（1）第一项', 'arabic-paren', '（1）', '第一项'],
    ['(2)第二项', 'arabic-paren', '(2)', '第二项'],
  ])('%s', (text, style, marker, rest) => {
    expect(matchNumbering(text)).toEqual({ style, marker, rest });
  });

  it.each([
    '一是落实纾困政策。二是开展帮扶活动。',
    '1.5%的比例安排残疾人就业',
    '2020年，区残联…',
    '十四五规划',
    '一、',
  ])('is not numbering: %s', (text) => {
    expect(matchNumbering(text)).toBeUndefined();
  });
});

describe('splitTitle', () => {
  it('ends the title at the first 。 (seed 001)', () => {
    expect(splitTitle('强化帮扶,复工复产扎实推进。一是落实纾困政策。制定疫情防控助残纾困工作指南')).toEqual({
      title: '强化帮扶,复工复产扎实推进',
      body: '一是落实纾困政策。制定疫情防控助残纾困工作指南',
    });
  });

  it('keeps a short line without 。 whole', () => {
    expect(splitTitle('残疾人社会保障提升行动')).toEqual({ title: '残疾人社会保障提升行动', body: '' });
    expect(splitTitle('高质量推动孤独症康复中心建立')).toEqual({ title: '高质量推动孤独症康复中心建立', body: '' });
    expect(splitTitle('总体要求')).toEqual({ title: '总体要求', body: '' });
  });

  // Real lines of seed 003 whose title runs on into the paragraph because the 。 was lost.
  it.each([
    ['指导思想以习近平新时代中国特色社会主义思想为指导,深入贯彻落实', '指导思想', '以习近平'],
    [
      '优化残疾人就业服务和援助将劳动年龄段内有就业能力和就业意愿的未就业持证残疾人',
      '优化残疾人就业服务和援助',
      '将劳动',
    ],
    ['提升残疾人特殊教育质量实施丽水市第三期特殊教育提升计划》及相关配套政策', '提升残疾人特殊教育质量', '实施丽水'],
    ['推广残疾人体育健身活动将残疾人体育纳入全市公共体育惠民工程、重大项目建设', '推广残疾人体育健身活动', '将残疾人'],
    ['深化数字残联建设对接省残疾人数据中心、市公共数据平台,畅通涉残数据归集', '深化数字残联建设', '对接省'],
    ['完善维权救助机制构建法律救助工作站、信访代办、网上信访和热线服务', '完善维权救助机制', '构建法律'],
    ['推进残联深化改革以党建引领残联建设不断增强政治性、先进性、群众性', '推进残联深化改革', '以党建'],
    ['加强残疾人工作者队伍建设选好配强各级残联领导班子,市、县两级残联', '加强残疾人工作者队伍建设', '选好配强'],
    ['加强组织领导各级党委、政府要加强组织领导,将规划的主要指标纳入国民经济', '加强组织领导', '各级党委'],
    ['加强经费保障各级政府要建立完善稳定的残疾人事业经费保障机制,加大对残疾人', '加强经费保障', '各级政府'],
    ['加强监测评估各级政府残疾人工作委员会及相关部', '加强监测评估', '各级政府残疾人工作委员会及相关部'],
  ])('splits a run-on title: %s', (rest, title, bodyStart) => {
    const r = splitTitle(rest)!;
    expect(r.title).toBe(title);
    expect(r.body.startsWith(bodyStart)).toBe(true);
    expect(r.title + r.body).toBe(rest);
  });

  it('gives no title for a long line it cannot split', () => {
    expect(
      splitTitle('这是一段很长的文字没有句号也没有可以识别的标题结尾所以不应该被当作标题来处理对吧真的很长'),
    ).toBeUndefined();
  });
});
