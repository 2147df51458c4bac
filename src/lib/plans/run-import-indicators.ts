import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COMMAND_LINE, failCommand, parseCliArgs, type CommandIo } from '../core/cli.ts';
import { ID_PATTERN } from '../core/schema-common.ts';
import { indicatorsKind } from './indicators-kind.ts';
import { WHOLE_FILE, type Problem } from '../core/problem.ts';
import { DocumentError } from '../documents/document-error.ts';
import { pdfToText } from '../documents/pdf.ts';
import { describeLayout, describeRows } from './table/describe.ts';
import { readTextTable } from './table/text-table.ts';
import { FORMAT_LABELS, parseDocxTable, parseTextTable, type ParsedTable } from './import-table.ts';
import { indicatorsYaml, tableToIndicators } from './table-to-indicators.ts';

const USAGE =
  'npm run import:indicators -- 文件路径 --plan 规划编号 [--document 文件编号] [--base-year 年份] [--target-year 年份] [--force] [--dry-run]';

const fail = (io: CommandIo, problems: Problem[]) => failCommand(io, problems, '导入未完成', '修改');

const arg = (field: string, problem: string, fix: string): Problem => ({ file: COMMAND_LINE, field, problem, fix });

function yearArg(v: string | undefined, name: string, problems: Problem[]): number | undefined {
  if (v === undefined) return undefined;
  if (/^\d{4}$/.test(v)) return Number(v);
  problems.push(arg(`--${name}`, `“${v}”不是四位数字的年份`, `写成 --${name} 2025 这样`));
  return undefined;
}

/** The document id of the plan file, when it exists (so --document can be left out). */
function planDocument(root: string, plan: string): string | undefined {
  const path = join(root, 'data/plans', `${plan}.yaml`);
  if (!existsSync(path)) return undefined;
  try {
    const doc = (parseYaml(readFileSync(path, 'utf8')) as { source?: { document?: unknown } })?.source?.document;
    return doc === undefined ? undefined : typeof doc === 'number' ? String(doc).padStart(3, '0') : String(doc);
  } catch {
    return undefined;
  }
}

function describe(table: ParsedTable, shown: string): string[] {
  const out = [`从 ${shown} 读到 ${table.rows.length} 个指标（${FORMAT_LABELS[table.format]}）：`];
  for (const r of table.rows) {
    out.push(
      `  ${r.seq}. ${r.name} ｜ 基期 ${r.baseline ?? '（无）'} ｜ 目标 ${r.target}${r.attribute ? ` ｜ ${r.attribute}` : ''}`,
    );
  }
  return out;
}

/**
 * `npm run import:indicators`: reads a main-indicator table from a .docx, from one-cell-per-line text or from
 * space-aligned columns, prints what it read, and writes `data/plans/<plan>/indicators.yaml`. Refuses to
 * overwrite without `--force`; `--dry-run` prints the file instead of writing it. Returns the exit code.
 */
export async function runImportIndicators(argv: string[], io: CommandIo): Promise<number> {
  const { args, problems } = parseCliArgs(argv, {
    values: ['plan', 'document', 'base-year', 'target-year'],
    flags: ['force', 'dry-run'],
  });
  const [input, ...extra] = args.positionals;
  if (!input) problems.push(arg('文件路径', '没有给出要导入的文件', `写成：${USAGE}`));
  if (extra.length)
    problems.push(arg('文件路径', `一次只能导入一个文件，多给了：${extra.join('、')}`, '每次导入一个文件'));
  const plan = args.values.plan;
  if (!plan)
    problems.push(arg('--plan', '缺少规划编号', '写成 --plan lishui-2021-2025（即 data/plans/ 下规划文件的文件名）'));
  else if (!ID_PATTERN.test(plan))
    problems.push(arg('--plan', `规划编号“${plan}”格式不对`, '只用小写英文字母、数字和短横线，如 lishui-2021-2025'));
  const baseYear = yearArg(args.values['base-year'], 'base-year', problems);
  const targetYear = yearArg(args.values['target-year'], 'target-year', problems);
  const document = args.values.document ?? (plan ? planDocument(io.root, plan) : undefined);
  if (plan && !document) {
    problems.push(
      arg(
        '--document',
        '不知道指标出自哪个文件',
        `加上 --document 003 这样的文件编号，或先建好 data/plans/${plan}.yaml（其中写明 source.document）`,
      ),
    );
  }
  if (problems.length || !input || !plan || !document) return fail(io, problems);

  const path = resolve(io.cwd ?? io.root, input);
  const shown = basename(path);
  const whole = (problem: string, fix: string) => fail(io, [{ file: shown, field: WHOLE_FILE, problem, fix }]);
  if (!existsSync(path)) return whole('找不到这个文件', '检查路径和文件名是否写对；相对路径从运行命令的目录算起');
  const ext = extname(path).toLowerCase();
  let table: ParsedTable | undefined;
  if (ext === '.docx') {
    try {
      table = await parseDocxTable(readFileSync(path));
    } catch {
      return whole('无法读取这个 Word 文件', '确认文件没有损坏：用 Word 或 WPS 打开后另存为 .docx 再导入');
    }
  } else if (ext === '.pdf') {
    try {
      table = readTextTable(await pdfToText(readFileSync(path)), 'pdf');
    } catch (e) {
      if (e instanceof DocumentError) return whole(e.problem, e.fix);
      return whole(
        '无法读取这个 PDF 文件',
        '用 PDF 阅读器“打印为 PDF”另存一份再导入，或向发文单位要 Word 原件（.docx）',
      );
    }
  } else if (ext === '.txt' || ext === '.md' || ext === '') {
    const bytes = readFileSync(path);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
    table = parseTextTable(text.replace(/^\uFEFF/, ''));
  } else {
    return whole(`不支持“${ext}”格式的文件`, '只能导入 .docx、.pdf 或 .txt');
  }
  if (!table) {
    return whole(
      '没有找到主要指标表',
      '表格要有“序号”表头，每行以序号 1、2、3…开头；文字文件可以一格一行，也可以用两个以上空格分隔各列',
    );
  }
  for (const line of describe(table, shown)) io.out(line);
  for (const line of describeLayout(table)) io.out(line);

  const draft = tableToIndicators(table, { document, baseYear, targetYear });
  for (const line of describeRows(table, draft.indicators)) io.out(line);
  // Nothing half-read is written: a line inside the table that is no row, or a row that did not read whole, stops.
  if (table.unread?.length) {
    return fail(
      io,
      table.unread.map((u) => ({
        file: shown,
        line: u.line,
        field: '主要指标表',
        problem: `这一行读不出来：“${u.text.trim().replace(/\s{2,}/g, '  ')}”（${u.why}）`,
        fix: '对照原文改正这一行（每行依次写序号、指标名称、各年数值、属性，各栏之间空两格），或删去表格中夹杂的其他文字后再导入',
      })),
    );
  }
  if (draft.errors.length) {
    return fail(
      io,
      draft.errors.map((e) => {
        const at = e.indexOf('：');
        return {
          file: shown,
          field: '（表头）',
          problem: at < 0 ? e : e.slice(0, at),
          fix: at < 0 ? '' : e.slice(at + 1),
        };
      }),
    );
  }
  const target = `data/plans/${plan}/indicators.yaml`;
  const text = indicatorsYaml(draft.indicators, [
    `由 npm run import:indicators 从 ${shown} 生成（${FORMAT_LABELS[table.format]}）。`,
    '请逐项核对：id 改成有意义的英文编号，direction（higher 越高越好 / lower 越低越好），category（分类）。',
  ]);
  // The generated file must pass the same check as a hand-written one.
  const check = indicatorsKind.load(target, text, new TextEncoder().encode(text));
  if (check.problems.length) return fail(io, check.problems);

  io.out('');
  for (const r of draft.remarks) io.out(`请核对：${r}`);
  io.out(
    draft.indicators.some((i) => i.direction === 'lower')
      ? '请核对：目标写作上限（≤、<）的指标方向按“越低越好”（lower）写入，其余都按“越高越好”（higher）写入；请逐项核对。'
      : '请核对：方向（direction）都按“越高越好”（higher）写入；越低越好的指标请改为 lower。',
  );
  io.out('请核对：编号（id）为 indicator-01 这样的临时编号，建议改成有意义的英文编号（会出现在网址中）。');
  if (args.flags.has('dry-run')) {
    io.out(`\n（试运行，没有写入文件）将写入 ${target}：\n`);
    io.out(text);
    return 0;
  }
  const out = join(io.root, target);
  if (existsSync(out) && !args.flags.has('force')) {
    return fail(io, [
      {
        file: target,
        field: WHOLE_FILE,
        problem: '文件已存在，没有覆盖',
        fix: '确认要替换时加上 --force；想先看结果可加 --dry-run',
      },
    ]);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  io.out(`\n已写入 ${target}（${draft.indicators.length} 个指标）。修改后运行 npm run check ${target} 检查。`);
  if (!existsSync(join(io.root, 'data/plans', `${plan}.yaml`))) {
    io.out(`还需要规划文件 data/plans/${plan}.yaml（标题、机构、年份和来源），否则检查不会通过。`);
  }
  return 0;
}
