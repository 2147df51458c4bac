import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { WHOLE_FILE, type Problem } from '../../core/problem.ts';
import { describeRemoved, type Heading } from '../../documents/blocks.ts';
import { COMMAND_LINE, failCommand, parseCliArgs, type CommandIo } from '../../core/cli.ts';
import { outlineOf } from './convert.ts';
import { convertDocument } from './convert-document.ts';
import { readText, type TextDocument } from '../../documents/text.ts';
import { checkWordsKept, wordsKeptLine, wordsKeptProblems } from '../../documents/words-kept.ts';
import { WORD_EXTENSIONS, readWord } from '../../documents/word-file.ts';
import { DocumentError } from '../../documents/document-error.ts';
import { readPdf } from '../../documents/pdf.ts';
import { WebEncodingError } from '../../documents/web-encoding.ts';
import { readWebPage } from '../../documents/web-page.ts';
import { frontMatter } from './front-matter.ts';
import { isRealDate } from '../../core/schema-common.ts';
import { todayInChina } from '../../core/format.ts';
import { renderBody, renderOutline } from './render-markdown.ts';
import { resolveTarget, type ReportTarget } from './report-target.ts';

const USAGE =
  'npm run import -- 文件路径 --org 机构编号 --year 年份 [--kind 类型] [--end-year 年份] [--title 标题] [--published-on 本站发布日期] [--force] [--dry-run]';
/** Extensions the importer reads. */
export const SUPPORTED = ['.txt', '.md', ...WORD_EXTENSIONS, '.pdf', '.html', '.htm'];

const fail = (io: CommandIo, problems: Problem[]) => failCommand(io, problems, '导入未完成');

/** Reads the document: .txt/.md as UTF-8 (or GB18030, common for Chinese text files), Word files with the Word reader, .pdf's text layer. */
async function readDocument(path: string, shown: string): Promise<{ doc?: TextDocument; problems: Problem[] }> {
  const whole = (problem: string, fix: string) => ({ problems: [{ file: shown, field: WHOLE_FILE, problem, fix }] });
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED.includes(ext)) {
    return whole(
      `不支持“${ext || '无扩展名'}”格式的文件`,
      '只能导入 .txt、.md、Word 文件（.docx、.doc、.wps）、PDF（.pdf）或保存的网页（.html、.htm）',
    );
  }
  if (!existsSync(path)) return whole('找不到这个文件', '检查路径和文件名是否写对；相对路径从运行命令的目录算起');
  let bytes: Uint8Array;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    bytes = readFileSync(path);
  } catch {
    return whole('无法读取这个文件', '确认这是一个文件（不是文件夹）、有读取权限，并且没有被其他程序占用');
  }
  let doc: TextDocument;
  if (ext === '.pdf') {
    try {
      doc = await readPdf(bytes, shown);
    } catch (e) {
      if (e instanceof DocumentError) return whole(e.problem, e.fix);
      return whole(
        '无法读取这个 PDF 文件',
        '用 PDF 阅读器“打印为 PDF”另存一份再导入，或向发文单位要 Word 原件（.docx）',
      );
    }
  } else if ((WORD_EXTENSIONS as readonly string[]).includes(ext)) {
    try {
      doc = await readWord(bytes, shown);
    } catch (e) {
      if (e instanceof DocumentError) return whole(e.problem, e.fix);
      return whole('无法读取这个 Word 文件', '确认文件没有损坏：用 Word 或 WPS 打开后另存为 .docx 再导入');
    }
  } else if (ext === '.html' || ext === '.htm') {
    try {
      doc = await readWebPage(bytes, path);
    } catch (e) {
      if (!(e instanceof WebEncodingError)) throw e;
      return whole(
        `网页的文字编码“${e.label}”无法识别`,
        '用浏览器打开这个网页，另存为“网页，仅 HTML”后再导入；或把正文复制到记事本，存为 UTF-8 的 .txt 再导入',
      );
    }
  } else {
    doc = readText(bytes, path);
  }
  if (doc.sourceText.trim() === '')
    return whole('文件是空的，没有可导入的文字', '确认选对了文件；Word 文件请确认正文是文字而不是图片');
  return { doc, problems: [] };
}

/** What an import says about a document: the lines `npm run import` prints and the inbox report lists. */
export interface ImportSummary {
  title: string;
  /** The publication date the document states. */
  published?: string;
  /** The text file's encoding when it was not UTF-8. */
  encoding?: string;
  /** The headings of the body, in order, each with its level and line. */
  outline: Heading[];
  /** What was left out, each with its line and why (`第 1 行 Word 书签标记：…`). */
  removed: string[];
  /** Layout decisions that kept every word (`第 3 行 脚注和尾注…`). */
  notes: string[];
  /** The words-kept result (`文字核对：原文 48 个字、数字和字母，全部保留…`). */
  wordsKept: string;
}

/** A converted document, checked and ready to be written. */
export interface PreparedImport {
  target: ReportTarget;
  /** Absolute path of the report file. */
  out: string;
  /** Whether a report already exists there. */
  exists: boolean;
  /** The report file's text: front matter and body. */
  markdown: string;
  summary: ImportSummary;
}

/** One document to import and where it goes (the target already checked by `resolveTarget`). */
export interface ImportRequest {
  /** Absolute path of the document. */
  path: string;
  /** The document as problems name it. */
  shown: string;
  target: ReportTarget;
  /** `--title`, else the document's first line. */
  title?: string;
  /** `--published-on`, else today in China. */
  publishedOn?: string;
  /** Whether an existing report may be replaced (`--force`, or a dry run that writes nothing). */
  overwrite: boolean;
}

/**
 * Reads, converts and checks one document — the whole import except writing — so that `npm run import` and
 * `npm run inbox` share one path. Returns the report to write, or the problems that stop it.
 */
export async function prepareImport(
  root: string,
  req: ImportRequest,
): Promise<{ prepared?: PreparedImport; problems: Problem[] }> {
  const { path, shown, target: t } = req;
  const stop = (problems: Problem[]) => ({ problems });
  const read = await readDocument(path, shown);
  if (!read.doc) return stop(read.problems);
  const doc = read.doc;
  const converted = convertDocument(doc);
  const title = req.title ?? converted.title?.text;
  if (!title) {
    return stop([
      {
        file: shown,
        field: '--title',
        problem: '文件第一行不是标题（它以编号开头或是一个完整的句子）',
        fix: '用 --title "报告标题" 写出标题，例如 --title "某某市残联2020年工作总结"',
      },
    ]);
  }
  if (converted.blocks.length === 0) {
    return stop([
      { file: shown, field: WHOLE_FILE, problem: '除标题外没有正文', fix: '确认选对了文件，文件里要有报告正文' },
    ]);
  }
  const out = join(root, t.path);
  const exists = existsSync(out);
  if (exists && !req.overwrite) {
    return stop([
      {
        file: t.path,
        field: WHOLE_FILE,
        problem: '文件已存在，为避免覆盖已停止',
        fix: '确认要用新导入的内容替换时，加上 --force 再运行；否则改用别的 --year 或 --kind',
      },
    ]);
  }

  // The day this site publishes the report: given, or today in China (an import is run to publish).
  const publishedOn = req.publishedOn ?? todayInChina();
  const dateProblem = publishedOnProblem(publishedOn);
  if (dateProblem) return stop([dateProblem]);
  const head = frontMatter({
    title,
    published: publishedOn,
    org: t.org,
    year: t.year,
    endYear: t.endYear,
    kind: t.kind,
    summary: converted.summary,
    source: {
      title: converted.title?.text ?? title,
      publisher: doc.meta.publisher ?? t.orgName,
      published: converted.published,
      file: basename(path),
    },
  });
  const body = renderBody(converted.blocks);
  const markdown = `${head}\n${body}`;
  // Point 4 of issue 15: the claim "文字未改" is checked, not asserted.
  const words = checkWordsKept(
    doc,
    { title: converted.title, body, bodyFirstLine: head.split('\n').length + 1 },
    converted.removed,
  );
  if (!words.proven) return stop(wordsKeptProblems(words, shown));

  const summary: ImportSummary = {
    title,
    published: converted.published,
    encoding: doc.encoding,
    outline: outlineOf(converted.blocks),
    removed: converted.removed.map(describeRemoved),
    notes: converted.notes.map((n) => `第 ${n.line} 行 ${n.text}`),
    wordsKept: wordsKeptLine(words),
  };
  return { prepared: { target: t, out, exists, markdown, summary }, problems: [] };
}

/** The problem with a `--published-on` value, if it is not a real date. */
export function publishedOnProblem(value: string): Problem | undefined {
  if (isRealDate(value)) return undefined;
  return {
    file: COMMAND_LINE,
    field: '--published-on',
    problem: `“${value}”不是日期`,
    fix: '写成 --published-on 2026-12-01 这样的年-月-日；不写就用今天的日期',
  };
}

/** The lines `npm run import` prints about a converted document, before it says what it wrote. */
export function summaryLines(s: ImportSummary): string[] {
  const lines = [`标题：${s.title}`];
  if (s.published) lines.push(`发布日期：${s.published}`);
  if (s.encoding) lines.push(`文件编码：${s.encoding}（已转为 UTF-8）`);
  lines.push(`\n提纲（${s.outline.length} 个标题）：`, ...renderOutline(s.outline).map((l) => `  ${l}`));
  lines.push(`\n删除的内容（${s.removed.length} 处）：`, ...s.removed.map((l) => `  ${l}`));
  if (s.notes.length) lines.push(`\n排版处理（${s.notes.length} 处，文字未改）：`, ...s.notes.map((l) => `  ${l}`));
  lines.push(`\n${s.wordsKept}`);
  return lines;
}

/** Writes a prepared report, making its organisation's folder if needed. */
export function writeImport(p: PreparedImport): void {
  mkdirSync(dirname(p.out), { recursive: true });
  writeFileSync(p.out, p.markdown);
}

/**
 * `npm run import`: converts a .txt/.md/.docx document into `content/reports/<org>/<year>-<kind>.md` with front
 * matter. Refuses to overwrite without `--force`; `--dry-run` prints the outline and the removals and writes
 * nothing. Problems are printed in the project's format. Returns the exit code.
 */
export async function runImport(argv: string[], io: CommandIo): Promise<number> {
  const firstFile = argv.find(
    (a, i) => !a.startsWith('--') && !(argv[i - 1] ?? '').match(/^--(org|year|kind|end-year|title|published-on)$/),
  );
  const shown = firstFile ?? COMMAND_LINE;
  const { args, problems } = parseCliArgs(
    argv,
    { values: ['org', 'year', 'kind', 'end-year', 'title', 'published-on'], flags: ['force', 'dry-run'] },
    shown,
  );
  if (args.positionals.length === 0) {
    problems.unshift({ file: COMMAND_LINE, field: '文件路径', problem: '没有指定要导入的文件', fix: `写成 ${USAGE}` });
  } else if (args.positionals.length > 1) {
    problems.unshift({
      file: COMMAND_LINE,
      field: '文件路径',
      problem: `一次只能导入一个文件，这里给了 ${args.positionals.length} 个：${args.positionals.join('、')}`,
      fix: '每个文件运行一次 npm run import；路径含空格时用引号括起来',
    });
  }
  const { target, problems: targetProblems } = resolveTarget(io.root, args.values, shown);
  problems.push(...targetProblems);
  if (problems.length) return fail(io, problems);

  const dryRun = args.flags.has('dry-run');
  const { prepared, problems: importProblems } = await prepareImport(io.root, {
    path: resolve(io.cwd ?? io.root, args.positionals[0]!),
    shown,
    target: target!,
    title: args.values.title,
    publishedOn: args.values['published-on'],
    overwrite: args.flags.has('force') || dryRun,
  });
  if (!prepared) return fail(io, importProblems);
  for (const line of summaryLines(prepared.summary)) io.out(line);
  const t = prepared.target;
  if (dryRun) {
    io.out(
      `\n试运行：没有写入任何文件。去掉 --dry-run 将写入 ${t.path}${prepared.exists ? '（该文件已存在，需要加 --force）' : ''}。`,
    );
    return 0;
  }
  writeImport(prepared);
  io.out(`\n已写入 ${t.path}。请通读全文与原文核对，再运行 npm run check。`);
  return 0;
}
