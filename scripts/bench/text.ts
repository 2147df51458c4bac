// Synthetic Chinese text for the benchmark, from a fixed seed. It is assembled from phrases with realistic lengths
// and is never published: it only exists in temporary folders the benchmark builds.

/** A small, fast, seeded pseudo-random generator (mulberry32): the same seed gives the same site. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

const SUBJECTS = [
  '我会',
  '全区各级残联',
  '市残联',
  '各乡镇（街道）',
  '残疾人之家',
  '康复中心',
  '基层残协',
  '残疾人工作者',
  '助残社会组织',
  '志愿者队伍',
];
const VERBS = [
  '深入推进',
  '扎实开展',
  '全面落实',
  '持续完善',
  '积极探索',
  '不断加强',
  '稳步实施',
  '认真组织',
  '大力推动',
  '切实做好',
];
const OBJECTS = [
  '残疾人基本康复服务',
  '困难残疾人生活补贴和重度残疾人护理补贴发放工作',
  '残疾人就业创业扶持',
  '家庭无障碍改造',
  '残疾儿童康复救助',
  '辅助器具适配服务',
  '残疾人证办理和等级评定',
  '残疾人托养照护服务',
  '特殊教育和职业培训',
  '残疾人文化体育活动',
  '基层残疾人组织建设',
  '残疾人权益保障和信访工作',
  '精准康复服务行动',
  '按比例安排残疾人就业审核',
  '盲人按摩机构规范化建设',
];
const TAILS = [
  '，服务覆盖面进一步扩大',
  '，群众满意度明显提升',
  '，各项指标均完成年度目标',
  '，形成了一批可复制的经验',
  '，残疾人获得感、幸福感不断增强',
  '，工作机制更加健全',
  '，受到上级部门肯定',
  '',
];
const HEADINGS = [
  '主要工作和成效',
  '康复服务',
  '社会保障',
  '就业创业',
  '教育文化',
  '无障碍环境',
  '组织建设',
  '存在问题',
  '下一步工作打算',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** One sentence of 25–70 characters. */
export function sentence(rng: Rng): string {
  const n = rng.int(1, 999);
  const unit = rng.pick(['人', '户', '人次', '个', '家', '场']);
  return `${rng.pick(SUBJECTS)}${rng.pick(VERBS)}${rng.pick(OBJECTS)}，全年服务${n}${unit}${rng.pick(TAILS)}。`;
}

/** A paragraph of roughly `chars` characters. */
export function paragraph(rng: Rng, chars: number): string {
  let p = '';
  while (p.length < chars) p += sentence(rng);
  return p;
}

/**
 * A report body in markdown of about `chars` characters: numbered sections (一、二、…) with paragraphs, the way
 * federations write annual summaries (3,000–8,000 characters is typical).
 */
export function reportBody(rng: Rng, chars: number): string {
  const sections = Math.max(3, Math.min(HEADINGS.length, Math.round(chars / 900)));
  const per = Math.round(chars / sections);
  const out: string[] = [];
  for (let i = 0; i < sections; i++) {
    out.push(`## ${NUMERALS[i]}、${HEADINGS[i]}`, '');
    let left = per;
    while (left > 0) {
      const len = Math.min(left, rng.int(150, 400));
      out.push(paragraph(rng, len), '');
      left -= len;
    }
  }
  return out.join('\n');
}

/** Names of indicators, by unit (synthetic; shaped like a five-year plan's main-indicator table). */
export const INDICATOR_NAMES: readonly [string, string][] = [
  ['残疾人基本康复服务覆盖率', '%'],
  ['残疾人辅助器具适配率', '%'],
  ['残疾儿童少年义务教育入学率', '%'],
  ['困难残疾人生活补贴覆盖率', '%'],
  ['重度残疾人护理补贴覆盖率', '%'],
  ['残疾人城乡居民养老保险参保率', '%'],
  ['城乡新增残疾人就业人数', '人'],
  ['残疾人职业技能培训人次', '人次'],
  ['困难重度残疾人家庭无障碍改造户数', '户'],
  ['残疾人之家建成数', '个'],
  ['残疾人托养服务人数', '人'],
  ['残疾人家庭医生签约服务率', '%'],
  ['残疾人文化体育活动参与率', '%'],
  ['助残志愿者注册人数', '人'],
  ['残疾人法律援助案件办结率', '%'],
  ['盲人按摩机构数', '家'],
  ['残疾人就业率', '%'],
  ['康复机构数', '个'],
];

/** Categories of a certification dataset. */
export const DISABILITY_KINDS = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];

/** Region name parts for synthetic organisations. */
export const REGION_SYLLABLES = [
  '安',
  '宁',
  '平',
  '和',
  '江',
  '山',
  '清',
  '阳',
  '新',
  '东',
  '西',
  '南',
  '北',
  '兴',
  '永',
  '丰',
  '长',
  '泰',
  '华',
  '德',
];
