import { describe, expect, it } from 'vitest';
import { SEEDS, readSeed } from '../../../../tests/fixtures/import/seeds.ts';
import { convertText, outlineOf } from './convert.ts';
import { renderBody } from './render-markdown.ts';

const headings = (text: string) => outlineOf(convertText(text).blocks).map((h) => `${'#'.repeat(h.level)} ${h.text}`);

describe('convertText on synthetic text', () => {
  it('keeps the items of an enumeration written as one sentence (1.…；2.…。) as paragraphs', () => {
    const text = [
      '某区工作总结',
      '一、下一步打算',
      '1.继续实施康复救助项目；',
      '2.推进残疾人之家规范化建设。',
      '二、保障措施',
      '1.加强组织领导',
      '各街道要把残疾人工作列入议事日程。',
      '（一）做好残疾人证换发工作；（二）开展助残日后续活动。',
    ].join('\n');
    expect(headings(text)).toEqual(['## 一、下一步打算', '## 二、保障措施', '### 1.加强组织领导']);
    expect(renderBody(convertText(text).blocks)).toContain(
      '## 一、下一步打算\n\n1\\.继续实施康复救助项目；\n\n2\\.推进残疾人之家规范化建设。\n',
    );
  });

  it('maps every numbering form to its level, full-width and ASCII alike', () => {
    const text = [
      '某区工作总结',
      '一、总体要求',
      '（一）指导思想。正文。',
      '1.第一项。正文。',
      '（1）细目。正文。',
      '(2)细目二。正文。',
      '2．第二项。正文。',
      '3、第三项。正文。',
      '(二)发展目标。正文。',
      '二、主要任务',
    ].join('\n');
    expect(headings(text)).toEqual([
      '## 一、总体要求',
      '### （一）指导思想',
      '#### 1.第一项',
      '##### （1）细目',
      '##### (2)细目二',
      '#### 2．第二项',
      '#### 3、第三项',
      '### (二)发展目标',
      '## 二、主要任务',
    ]);
  });

  it('does not skip levels when the outer numbering is missing', () => {
    expect(headings(['标题', '（一）甲项', '1.子项。正文。', '（二）乙项'].join('\n'))).toEqual([
      '## （一）甲项',
      '### 1.子项',
      '## （二）乙项',
    ]);
  });

  it('keeps 一是…二是… paragraphs as paragraphs', () => {
    const c = convertText(['标题', '一、甲', '（一）强化帮扶。一是落实政策。二是开展活动。', '二、乙'].join('\n'));
    expect(renderBody(c.blocks)).toBe('## 一、甲\n\n### （一）强化帮扶\n\n一是落实政策。二是开展活动。\n\n## 二、乙\n');
  });

  it('escapes a paragraph that starts like a list', () => {
    const c = convertText(['标题', '一、甲', '1.5万人受益。', '二、乙'].join('\n'));
    expect(renderBody(c.blocks)).toContain('\n1\\.5万人受益。\n');
  });

  it('passes markdown tables and headings of a .md file through', () => {
    const c = convertText(['# 标题', '## 小节', '| a | b |', '| --- | --- |', '| 1 | 2 |', '正文。'].join('\n'));
    expect(c.title?.text).toBe('标题');
    expect(renderBody(c.blocks)).toBe('## 小节\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n正文。\n');
  });

  it('has no title when the first line is numbered', () => {
    expect(convertText('一、2020年工作总结\n正文。\n二、计划').title).toBeUndefined();
  });
});

describe('convertText on the seeds', () => {
  it('000: year sections, topics, captions and the bookmark', () => {
    const c = convertText(readSeed('000'));
    expect(c.title?.text).toBe('温暖2020展望2021 瑞安残联力助残疾人同步奔小康共享新生活');
    const h = outlineOf(c.blocks).map((x) => `${x.level}:${x.text}`);
    expect(h.slice(0, 6)).toEqual([
      '2:回眸2020',
      '3:改善残疾人生活状况',
      '3:提升残疾人参与社会能力',
      '3:强化队伍和组织建设',
      '3:优化扶残助残社会环境',
      '2:展望2021',
    ]);
    expect(h).toHaveLength(16);
    expect(c.removed.map((r) => `${r.kind}:${r.line}:${r.text}`)).toEqual([
      'bookmark:1:[bookmark: _Toc108453025]',
      'caption:6:残疾人家庭改造',
      'caption:7:残疾人家庭改造',
      'caption:9:门前阶梯改造',
    ]);
  });

  it('001: two levels from ASCII (一) numbering, titles split at the first 。', () => {
    const c = convertText(readSeed('001'));
    expect(c.title).toBeUndefined();
    const h = headings(readSeed('001'));
    expect(h[0]).toBe('## 一、2020年工作总结');
    expect(h[1]).toBe('### (一)强化帮扶,复工复产扎实推进');
    expect(h).toContain('## 二、2021年主要工作');
    expect(h.filter((x) => x.startsWith('### '))).toHaveLength(13);
    expect(renderBody(c.blocks)).toContain('### (一)强化帮扶,复工复产扎实推进\n\n一是落实纾困政策。');
  });

  it('002: “topic，phrase” headings and lone captions removed', () => {
    const c = convertText(readSeed('002'));
    expect(outlineOf(c.blocks).map((x) => x.text)).toEqual([
      '服务创新，深入完善“最多跑一次”改革',
      '项目创新，大力推进省市民生实事工程',
      '举措创新，不断开拓残疾人就业门路',
      '扶贫创新，抓牢织好兜底保障网络',
      '活动创新，着力丰富残疾人精神文化生活',
    ]);
    expect(c.removed.map((r) => r.text)).toEqual([
      '区残疾人集中托养中心近日授牌成立',
      '我区残疾人精神文化生活丰富多彩',
    ]);
  });

  it('003: chrome removed, three levels, run-on titles split, broken paragraph joined, table rebuilt', () => {
    const c = convertText(readSeed('003'));
    expect(c.published).toBe('2021-12-16');
    const h = headings(readSeed('003'));
    expect(h.slice(0, 3)).toEqual(['## 一、总体要求', '### (一)指导思想', '### (二)发展目标']);
    expect(h).toContain('#### 5.优化残疾人就业服务和援助');
    expect(h.slice(-4)).toEqual([
      '## 三、组织实施',
      '### (一)加强组织领导',
      '### (二)加强经费保障',
      '### (三)加强监测评估',
    ]);
    const md = renderBody(c.blocks);
    expect(md).toContain('### (一)指导思想\n\n以习近平新时代中国特色社会主义思想为指导');
    expect(md).toContain('各级政府残疾人工作委员会及相关部门要建立完善规划指标评估体系');
    expect(md).toContain(
      '**“十四五”时期残疾人事业发展主要指标**\n\n| 序号 | 指标 | 2020年基期值 | 2025年目标值 | 指标属性 |\n| --- | --- | --- | --- | --- |\n',
    );
    expect(md).toContain('| 12 | 残疾人辅助器具适配率 | 96% | ≧99% | 约束性 |');
    expect(md).not.toMatch(/欢迎您访问|浏览次数/);
  });

  it('004: markers removed, anonymised text kept verbatim', () => {
    const md = renderBody(convertText(readSeed('004')).blocks);
    expect(md).not.toMatch(/paidbegin|paidend/);
    expect(md).toContain('已落实残疾人就业88名');
    expect(md).toContain('补助X万元');
    expect(md).toContain('党的XX大');
    expect(md).toContain('68.4％');
  });
});

describe('convertText keeps every word', () => {
  // Every character of the source except what was removed (and the rebuilt table) appears in the output, in order.
  // The 。 that ends a numbered title is dropped on purpose (a heading has no full stop), so 。 is not compared.
  const chars = (s: string) => s.replace(/[\s。]/g, '');
  it.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])('seed %s', (id) => {
    const c = convertText(readSeed(id));
    let source = readSeed(id);
    for (const r of c.removed) source = source.replace(r.text, '');
    if (c.title) source = source.replace(c.title.text, '');
    const body = c.blocks
      .map((b) =>
        b.type === 'heading' || b.type === 'paragraph' ? b.text : b.type === 'table' ? '' : b.lines.join(''),
      )
      .join('');
    if (id === '003') {
      const start = source.indexOf('序号');
      source = source.slice(0, start) + source.slice(source.indexOf('二、主要任务'));
    }
    expect(chars(body)).toBe(chars(source));
  });
});
