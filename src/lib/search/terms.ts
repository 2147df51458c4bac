/**
 * Domain vocabulary for search. Citizens search with everyday words; pages use official names. Each entry maps
 * everyday words (and misspellings people really type) to the official term that pages contain.
 */
export const SYNONYMS: Record<string, string[]> = {
  残疾人证: ['残疾证', '残证', '残疾人证件', '办证'],
  残疾评定: ['评残', '残疾鉴定', '评级', '鉴定'],
  异议: ['不服', '不满意', '申诉', '复核', '不同意'],
  两项补贴: ['两补', '残疾人补贴', '残疾补贴'],
  重度残疾人护理补贴: ['护理补贴', '护理费', '护理补助', '重残护理'],
  困难残疾人生活补贴: ['生活补贴', '生活补助', '困难补贴'],
  无障碍改造: ['家庭改造', '无障碍设施改造', '家里改造', '适老化改造', '扶手', '坡道'],
  辅助器具: ['轮椅', '助听器', '假肢', '拐杖', '助行器', '辅具', '盲杖', '矫形器'],
  康复救助: ['康复补贴', '康复训练', '儿童康复', '孤独症', '自闭症', '康复'],
  按比例就业: ['残疾人就业保障金', '残保金', '按比例安排就业', '安置残疾人就业'],
  养老保险补助: ['养老保险', '社保补贴', '灵活就业养老'],
  换领: ['换证', '到期', '过期', '换新证'],
};

/** Official terms that must match as a whole (the segmenter would otherwise split them, e.g. 残疾/人/证). */
export const KEY_TERMS: string[] = [
  ...Object.keys(SYNONYMS),
  '残疾人之家',
  '生活补贴',
  '护理补贴',
  '残疾儿童',
  '康复训练',
];

/** Question words and fillers that carry no meaning for the search (残疾证怎么办 → 残疾证). */
export const FILLERS: string[] = [
  '怎么办理',
  '怎么申请',
  '如何办理',
  '如何申请',
  '在哪里办',
  '在哪办',
  '怎么办',
  '怎么领',
  '怎么样',
  '怎样',
  '怎么',
  '如何',
  '哪里',
  '需要什么',
  '要什么',
  '什么',
  '可以',
  '能不能',
  '是否',
  '请问',
  '我想',
  '我要',
  '申请',
  '办理',
  '领取',
  '吗',
  '呢',
  '？',
  '?',
];
