import { writeCsv } from '../core/csv/write.ts';
import { stringify } from 'yaml';
import type { Figure } from './figures.ts';

/** What the draft's metadata says beyond the figures; each left out is written as 【待填写】 for the official. */
export interface DraftMeta {
  /** The source file's name, for the comment at the top. */
  file: string;
  org?: string;
  year?: number;
  topic?: string;
  /** The seed number (004) of the source document. */
  document?: string;
}

const TODO = '【待填写】';
const LICENCE = '数字照录政府机构公开发布的工作文件；转载请注明原文件和发布机构。';

/** The columns of a draft, in the form of data/datasets/*.yaml. */
const COLUMNS = [
  { name: '编号', type: 'text', meaning: '原文行号-这一行的第几个数字，用来区分各行' },
  { name: '项目', type: 'text', meaning: '这个数字统计的是什么（程序从原文中数字前面的词语摘出，请核对）' },
  { name: '数值', type: 'decimal', meaning: '原文写的数字；约数和“余”“多”不是确数，留空并在备注中照录' },
  { name: '单位', type: 'text', meaning: '原文中数字后面的单位' },
  { name: '原文', type: 'text', role: 'sentence', meaning: '这个数字所在的原文句子，一字未改' },
  { name: '备注', type: 'text', role: 'note', meaning: '为什么某格为空，或原文另有说明之处' },
];

/**
 * A draft dataset from the figures of a document: the CSV (one row per figure, with its verbatim sentence) and
 * the metadata with `confirmed: false`, which `npm run check` rejects until an official has compared every row
 * with the source and set it to true. Approximate figures (约108万元, 300余人) keep an empty value and the words in
 * 备注, as data/datasets/README.md asks.
 */
export function draftDataset(figures: Figure[], meta: DraftMeta): { csv: string; yaml: string } {
  const perLine = new Map<number, number>();
  const rows = figures.map((f) => {
    const n = (perLine.get(f.line) ?? 0) + 1;
    perLine.set(f.line, n);
    const written = `${f.qualifier && /^[^余多]/.test(f.qualifier) ? f.qualifier.replace(/[余多]$/, '') : ''}${f.value}${/[余多]$/.test(f.qualifier ?? '') ? f.qualifier!.slice(-1) : ''}${f.unit}`;
    return {
      编号: `${f.line}-${n}`,
      项目: f.subject,
      数值: f.qualifier ? '' : f.value,
      单位: f.unit,
      原文: f.sentence,
      备注: f.qualifier ? `原文为“${written}”，不是确数` : '',
    };
  });
  // The official opens the draft in Excel or WPS to check it, so a sentence taken from a document is written
  // through the one writer too: one that starts with = or @ is shown as text, never run.
  const names = COLUMNS.map((c) => c.name);
  const csv = writeCsv(
    names,
    rows.map((r) => names.map((n) => r[n as keyof typeof r])),
    { newline: '\n' },
  );
  const data = {
    title: TODO,
    description: `从 ${meta.file} 摘出的数字（草稿）。`,
    org: meta.org ?? TODO,
    year: meta.year ?? TODO,
    topic: meta.topic ?? TODO,
    source: { document: meta.document ?? TODO },
    licence: LICENCE,
    confirmed: false,
    key: ['编号'],
    columns: COLUMNS,
  };
  const head = [
    `# 草稿：由 npm run figures -- ${meta.file} --draft 生成，数字和项目都是程序摘出的，还没有人核对。`,
    '# 逐行对照原文核对：数字、单位、项目是否照录原文；删去不需要的行；补全所有【待填写】；',
    '# 全部核对后把 confirmed: false 改为 confirmed: true。没有核对的数据，npm run check 会报错，不会发布。',
  ];
  return { csv, yaml: `${head.join('\n')}\n${stringify(data, { lineWidth: 0 })}` };
}
