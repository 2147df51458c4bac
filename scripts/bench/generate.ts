// Writes a synthetic site (organisations, reports, plans with indicators and actuals, datasets, guides) into a
// folder for the benchmark. Never point it at the project's own content/ or data/: the text is generated and
// never published. Usage: node scripts/bench/generate.ts <folder> <organisations>
//
// To cover a new kind of file, add one entry to GENERATORS: it runs only when the kind it needs is registered in
// src/lib/check/registry.ts, so the benchmark follows whatever the site supports when it runs.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { FILE_KINDS } from '../../src/lib/check/registry.ts';
import { DISABILITY_KINDS, INDICATOR_NAMES, REGION_SYLLABLES, Rng, paragraph, reportBody, sentence } from './text.ts';

/** Shape of the site per organisation at national scale (../shared/reference/budgets.md). */
export const PER_ORG = { reports: 5, indicators: 15, guides: 10, datasets: 5 } as const;

/** Organisations in the real content (data/orgs/): 1× of the benchmark. */
export const REAL_ORGS = 5;
/** Federations in the country (provincial, prefecture and county level). */
export const NATIONAL_ORGS = 3400;

/** One synthetic organisation. */
export interface GenOrg {
  id: string;
  region: string;
  name: string;
  shortName: string;
  level: 'province' | 'city' | 'county' | 'district';
  /** The organisation above it (province → city → county), so the site has a tree to shard and search by. */
  parent?: string;
  parentRegion?: string;
}

/** Writes files, creating folders once. */
class Writer {
  readonly root: string;
  files = 0;
  bytes = 0;
  private dirs = new Set<string>();

  constructor(root: string) {
    this.root = root;
  }

  write(rel: string, text: string): void {
    const p = join(this.root, rel);
    const d = dirname(p);
    if (!this.dirs.has(d)) {
      mkdirSync(d, { recursive: true });
      this.dirs.add(d);
    }
    writeFileSync(p, text);
    this.files++;
    this.bytes += Buffer.byteLength(text);
  }
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });
const markdown = (front: unknown, body: string) => `---\n${yaml(front)}---\n\n${body}\n`;

/** A generator for one kind of content: `needs` names the registered file kinds it writes. */
interface Generator {
  needs: string[];
  /** Writes this kind's files for one organisation. */
  write(w: Writer, rng: Rng, org: GenOrg): void;
}

const orgs: Generator = {
  needs: ['org'],
  write(w, _rng, org) {
    w.write(
      `data/orgs/${org.id}.yaml`,
      yaml({ ...org, parentRegion: org.parentRegion ?? '某省', source: '基准测试生成的机构（不发布）。' }),
    );
  },
};

const reports: Generator = {
  needs: ['report'],
  write(w, rng, org) {
    for (let k = 0; k < PER_ORG.reports; k++) {
      const year = 2019 + k;
      const title = `${org.name}${year}年工作总结`;
      const front = {
        title,
        published: `${year + 1}-02-01`,
        org: org.id,
        year,
        kind: 'summary',
        summary: paragraph(rng, 60),
        source: { title, publisher: org.name, published: `${year + 1}-01-15`, file: `${org.id}-${year}.docx` },
      };
      w.write(`content/reports/${org.id}/${year}-summary.md`, markdown(front, reportBody(rng, rng.int(3000, 7000))));
    }
  },
};

const plans: Generator = {
  needs: ['plan', 'indicator', 'actual'],
  write(w, rng, org) {
    const id = `${org.id}-2021-2025`;
    const title = `${org.region}残疾人事业发展“十四五”规划`;
    w.write(
      `data/plans/${id}.yaml`,
      yaml({
        id,
        org: org.id,
        title,
        kind: 'five-year-plan',
        period: { startYear: 2021, endYear: 2025 },
        baseYear: 2020,
        targetYear: 2025,
        summary: paragraph(rng, 50),
        source: { document: '003', title, file: `${id}.txt`, published: '2021-12-16' },
      }),
    );
    const indicators = [];
    const rows = ['indicator,year,value,text,document,quote,note'];
    for (let k = 0; k < PER_ORG.indicators; k++) {
      const [name, unit] = INDICATOR_NAMES[(k + rng.int(0, 2)) % INDICATOR_NAMES.length]!;
      const pct = unit === '%';
      const base = pct ? rng.int(50, 90) : rng.int(20, 2000);
      const target = pct ? Math.min(100, base + rng.int(2, 10)) : base + rng.int(10, 500);
      const targetText = pct ? `≥${target}%` : `${target}${unit}`;
      // As a plan table row reads: the baseline and the target both in the quoted sentence (the check requires it).
      const quote = `${name}由2020年的${base}${unit}，到2025年达到${targetText}。`;
      indicators.push({
        id: `i${String(k + 1).padStart(2, '0')}`,
        name,
        unit,
        category: '主要指标',
        attribute: rng.pick(['约束性', '预期性']),
        direction: 'higher',
        main: true,
        baseline: { year: 2020, value: base, text: `${base}${unit}` },
        target: { year: 2025, text: targetText },
        source: { document: '003', quote, location: `主要指标表第${k + 1}行` },
      });
      for (let year = 2021; year <= 2023; year++) {
        const v = Math.round(base + ((target - base) * (year - 2020)) / 5);
        rows.push(`i${String(k + 1).padStart(2, '0')},${year},${v},${v}${unit},004,${year}年${name}为${v}${unit}。,`);
      }
    }
    w.write(`data/plans/${id}/indicators.yaml`, yaml({ indicators }));
    w.write(`data/plans/${id}/actuals.csv`, `${rows.join('\n')}\n`);
  },
};

const datasets: Generator = {
  needs: ['dataset', 'dataset-csv'],
  write(w, rng, org) {
    for (let k = 0; k < PER_ORG.datasets; k++) {
      const year = 2019 + k;
      const id = `${org.id}-${year}-certified-by-category`;
      const counts = DISABILITY_KINDS.map(() => rng.int(20, 5000));
      const total = counts.reduce((a, b) => a + b, 0);
      const lines = ['类别,人数,原文'];
      DISABILITY_KINDS.forEach((kind, j) => lines.push(`${kind},${counts[j]},${kind}人数为${counts[j]}人。`));
      lines.push(`合计,${total},截止年底，全区有持证残疾人${total}人。`);
      w.write(`data/datasets/${id}.csv`, `${lines.join('\n')}\n`);
      w.write(
        `data/datasets/${id}.yaml`,
        yaml({
          title: `${org.shortName}持证残疾人（按残疾类别，${year}年）`,
          description: paragraph(rng, 60),
          org: org.id,
          year,
          topic: 'certification',
          source: { document: '004' },
          licence: '基准测试生成的数据（不发布）。',
          key: ['类别'],
          total: { column: '类别', label: '合计' },
          columns: [
            { name: '类别', type: 'text', meaning: '残疾类别；“合计”为总数' },
            { name: '人数', type: 'integer', unit: '人', meaning: '持证残疾人人数' },
            { name: '原文', type: 'text', role: 'sentence', meaning: '这一行数字所在的句子' },
          ],
          chart: { type: 'bar', x: '类别', y: ['人数'], title: `${org.shortName}持证残疾人按类别（${year}年）` },
          highlights: [{ label: '持证残疾人', row: { 类别: '合计' }, column: '人数' }],
        }),
      );
    }
  },
};

const CATEGORIES = [
  'certificate',
  'subsidy',
  'rehabilitation',
  'education',
  'employment',
  'accessibility',
  'rights',
  'other',
];

const guides: Generator = {
  needs: ['guide'],
  write(w, rng, org) {
    for (let k = 0; k < PER_ORG.guides; k++) {
      const title = `${org.region}${rng.pick(['残疾人证办理', '护理补贴申请', '生活补贴申请', '儿童康复救助', '辅助器具适配', '无障碍改造申请', '就业补贴申请', '职业培训报名', '托养服务申请', '法律援助申请'])}`;
      const front = {
        title,
        summary: paragraph(rng, 50),
        aliases: [title.slice(-6), title.slice(-4)],
        category: CATEGORIES[k % CATEGORIES.length],
        audience: ['person'],
        provider: `${org.region}残联`,
        eligibility: [sentence(rng), sentence(rng)],
        materials: [
          { name: '居民身份证', form: 'original', required: true },
          { name: '户口簿', form: 'copy', required: true, note: sentence(rng) },
        ],
        steps: [
          { title: '申请', who: '申请人', what: sentence(rng) },
          { title: '审核', who: `${org.region}残联`, what: sentence(rng) },
          { title: '办结', who: `${org.region}残联`, what: sentence(rng) },
        ],
        timeLimit: `请咨询${org.region}残联`,
        fee: '不收费',
        channels: {
          online: [{ name: '政务服务网', available: true }],
          offline: [{ where: `${org.region}残联` }],
          trips: '最多跑一次',
        },
        contact: { ask: `${org.region}残联` },
        basis: [{ title: '《残疾人保障法》' }],
        faq: [{ q: `${title}需要多久？`, a: paragraph(rng, 60) }],
        orgs: [org.id],
        related: k > 0 ? [`${org.id}-g${k - 1}`] : [],
        sources: [{ document: '001', quote: sentence(rng), fields: ['eligibility', 'materials', 'steps'] }],
        lastChecked: '2024-06-30',
      };
      w.write(`content/guides/${org.id}-g${k}.md`, markdown(front, paragraph(rng, rng.int(200, 600))));
    }
  },
};

/** Every generator, in the order files are written. Add new kinds here. */
export const GENERATORS: Generator[] = [orgs, reports, plans, datasets, guides];

/** The registered kinds the generators can fill now, and those they skip (kind not registered yet). */
export function activeGenerators(): { active: Generator[]; skipped: string[] } {
  const known = new Set(FILE_KINDS.map((k) => k.name));
  const active = GENERATORS.filter((g) => g.needs.every((n) => known.has(n)));
  const skipped = GENERATORS.filter((g) => !active.includes(g)).flatMap((g) => g.needs.filter((n) => !known.has(n)));
  return { active, skipped };
}

function makeOrg(i: number, rng: Rng): GenOrg {
  const level = i % 100 === 0 ? 'province' : i % 10 === 0 ? 'city' : i % 3 === 0 ? 'district' : 'county';
  const suffix = { province: '省', city: '市', county: '县', district: '区' }[level];
  const region = `${rng.pick(REGION_SYLLABLES)}${rng.pick(REGION_SYLLABLES)}${suffix}`;
  return {
    id: `o${String(i + 1).padStart(4, '0')}`,
    region,
    name: `${region}残疾人联合会`,
    shortName: `${region}残联`,
    level,
  };
}

/** Result of generating a site. */
export interface Generated {
  orgs: number;
  files: number;
  bytes: number;
  skippedKinds: string[];
}

/**
 * Writes a synthetic site with `orgCount` organisations into `root` (content/ and data/, plus the real
 * data/site.yaml). The same seed and count always give the same files.
 */
export function generate(
  root: string,
  orgCount: number,
  opts: { seed?: number; siteYaml?: string; onProgress?: (done: number) => void } = {},
): Generated {
  const abs = resolve(root);
  for (const own of ['content', 'data'].map((d) => resolve(d))) {
    if (abs === resolve(own, '..') || abs.startsWith(`${own}/`) || abs === own)
      throw new Error(`拒绝写入项目自己的 ${own}`);
  }
  const w = new Writer(abs);
  const rng = new Rng(opts.seed ?? 20240601);
  const { active, skipped } = activeGenerators();
  const siteYaml = opts.siteYaml ?? 'data/site.yaml';
  mkdirSync(join(abs, 'data'), { recursive: true });
  if (existsSync(siteYaml)) copyFileSync(siteYaml, join(abs, 'data/site.yaml'));
  // The register of source documents the generated pages cite (/sources/<id>/), without its publishers'
  // organisations, which the generated site does not have: otherwise every citation would be a broken link.
  if (existsSync('data/sources')) {
    mkdirSync(join(abs, 'data/sources'), { recursive: true });
    for (const name of readdirSync('data/sources').filter((n) => /^\d+\.yaml$/.test(n))) {
      const entry = parse(readFileSync(join('data/sources', name), 'utf8')) as { publisher?: { org?: string } };
      delete entry.publisher?.org;
      writeFileSync(join(abs, 'data/sources', name), stringify(entry));
    }
    if (existsSync('sources')) cpSync('sources', join(abs, 'sources'), { recursive: true });
  }
  // Every 100th organisation is a province, every 10th a city under it, the rest counties under their city.
  const made: GenOrg[] = [];
  for (let i = 0; i < orgCount; i++) {
    const org = makeOrg(i, rng);
    const above = org.level === 'province' ? undefined : made[org.level === 'city' ? i - (i % 100) : i - (i % 10)];
    if (above) Object.assign(org, { parent: above.id, parentRegion: above.region });
    made.push(org);
    for (const g of active) g.write(w, rng, org);
    if (opts.onProgress && (i + 1) % 100 === 0) opts.onProgress(i + 1);
  }
  return { orgs: orgCount, files: w.files, bytes: w.bytes, skippedKinds: skipped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('用法：node scripts/bench/generate.ts <临时文件夹> <机构数>');
    process.exit(2);
  }
  const r = generate(dir, Number(count), { onProgress: (n) => console.log(`  已生成 ${n} 个机构`) });
  console.log(
    `已写入 ${r.files} 个文件（${(r.bytes / 1024 / 1024).toFixed(1)} MB）到 ${dir}${r.skippedKinds.length ? `；未注册、跳过：${r.skippedKinds.join('、')}` : ''}`,
  );
}
