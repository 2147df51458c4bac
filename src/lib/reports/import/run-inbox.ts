import { lstatSync, readdirSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { COMMAND_LINE, failCommand, parseCliArgs, type CommandIo } from '../../core/cli.ts';
import { todayInChina } from '../../core/format.ts';
import { escapeInline } from '../../core/markdown-escape.ts';
import { WHOLE_FILE, formatProblem, type Problem } from '../../core/problem.ts';
import { REPORT_KINDS } from '../schema.ts';
import { KIND_LIST, parseYear, readOrgs, resolveTarget } from './report-target.ts';
import { SUPPORTED, prepareImport, publishedOnProblem, writeImport, type PreparedImport } from './run-import.ts';

/** The folder officials upload documents to: `inbox/<org>/<year>-<kind>.<ext>`. */
export const INBOX = 'inbox';
/** Where the report goes unless `--report` says otherwise (ignored by git; CI shows it on the merge request). */
export const DEFAULT_REPORT = 'inbox-report.md';
/**
 * Files the inbox keeps and never imports, in any of its folders — the notes `npm run check` skips too: a
 * `README.md` (what to upload where), `.gitkeep` (so git keeps an empty organisation folder) and `.DS_Store`
 * (left by a Mac's Finder).
 */
const KEPT = ['README.md', '.gitkeep', '.DS_Store'];

const USAGE = 'npm run inbox [-- --published-on 本站发布日期] [--report 报告文件] [--force] [--dry-run]';
const NAME = /^(\d{4})(?:-(\d{4}))?-([a-z][a-z-]*)\.([A-Za-z0-9]+)$/;
const NAME_RULE =
  '文件名写成“年份-类型.扩展名”，例如 2024-summary.docx；五年规划写起止年份，例如 2021-2025-five-year-plan.pdf';
const FIELD_FOLDER = '文件夹';
const FIELD_NAME = '文件名';

/** One inbox file: where it is and what the importer made of it. */
interface InboxFile {
  /** Project-relative path, e.g. `inbox/lishui/2024-summary.docx`. */
  shown: string;
  prepared: PreparedImport;
}

/** The documents in the inbox (project-relative paths, sorted) and a problem for each entry that cannot be one. */
function listInbox(root: string, orgs: Map<string, string>): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const entries = (rel: string) => readdirSync(join(root, rel)).sort();
  const kind = (rel: string) => {
    const st = lstatSync(join(root, rel));
    return st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  };
  const notAFile = (rel: string, what: string) =>
    problems.push({
      file: rel,
      field: WHOLE_FILE,
      problem: `这是${what}，不是上传的文件`,
      fix: `删除它；要导入的文件放在 ${INBOX}/机构编号/ 里，${NAME_RULE}`,
    });
  let top: string[];
  try {
    if (kind(INBOX) !== 'dir') return { files, problems };
    top = entries(INBOX);
  } catch {
    return { files, problems }; // no inbox folder: nothing to import
  }
  for (const name of top) {
    const rel = `${INBOX}/${name}`;
    const k = kind(rel);
    if (k === 'link') notAFile(rel, '符号链接（快捷方式）');
    else if (k === 'other') notAFile(rel, '特殊文件（管道、设备或套接字）');
    else if (k === 'file') {
      if (KEPT.includes(name)) continue;
      problems.push({
        file: rel,
        field: FIELD_FOLDER,
        problem: '文件直接放在了收件箱里，没有放进机构的文件夹',
        fix: `移到 ${INBOX}/机构编号/ 里，例如 ${INBOX}/${[...orgs.keys()][0] ?? 'lishui'}/${NAME.test(name) ? name : '2024-summary.docx'}`,
      });
    } else {
      for (const inner of entries(rel)) {
        const path = `${rel}/${inner}`;
        const ik = kind(path);
        if (ik === 'file') {
          if (!KEPT.includes(inner)) files.push(path);
        } else if (ik === 'dir') {
          problems.push({
            file: path,
            field: FIELD_FOLDER,
            problem: '机构的文件夹里不能再有文件夹',
            fix: `把里面的文件直接放在 ${rel}/ 里，${NAME_RULE}`,
          });
        } else notAFile(path, ik === 'link' ? '符号链接（快捷方式）' : '特殊文件（管道、设备或套接字）');
      }
    }
  }
  return { files, problems };
}

/** The import options a file's place and name give: `inbox/lishui/2021-2025-five-year-plan.pdf` → org, years, kind. */
function valuesFromName(
  shown: string,
  orgs: Map<string, string>,
): { values?: Record<string, string>; problems: Problem[] } {
  const [, org = '', name = ''] = shown.split('/');
  const problems: Problem[] = [];
  const known = [...orgs.keys()].join('、');
  if (!orgs.has(org)) {
    problems.push({
      file: shown,
      field: FIELD_FOLDER,
      problem: `机构“${org}”不存在`,
      fix: `把文件放进已有机构的文件夹：${known}；新机构请先在 data/orgs/ 添加`,
    });
  }
  const ext = extname(name).toLowerCase();
  if (ext && !SUPPORTED.includes(ext)) {
    problems.push({
      file: shown,
      field: FIELD_NAME,
      problem: `不支持“${ext}”格式的文件`,
      fix: '只能导入 Word 文件（.docx、.doc、.wps）、PDF（.pdf）、保存的网页（.html、.htm）或文本（.txt、.md）；其他格式请用 Word 或 WPS 另存为 .docx',
    });
    return { problems };
  }
  const m = NAME.exec(name);
  const kind = m?.[3] ?? '';
  if (!m || !(kind in REPORT_KINDS)) {
    problems.push({
      file: shown,
      field: FIELD_NAME,
      problem: m ? `没有“${kind}”这种报告类型` : `文件名“${name}”不符合规定`,
      fix: `${NAME_RULE}；类型是其中之一：${KIND_LIST}`,
    });
    return { problems };
  }
  const [, year = '', endYear] = m;
  if (parseYear(year) === undefined || (endYear !== undefined && parseYear(endYear) === undefined)) {
    problems.push({
      file: shown,
      field: FIELD_NAME,
      problem: `“${endYear ? `${year}-${endYear}` : year}”不是 1949 到 2100 之间的年份`,
      fix: `${NAME_RULE}；年份是报告所属的年份`,
    });
  } else if (endYear !== undefined && Number(endYear) <= Number(year)) {
    problems.push({
      file: shown,
      field: FIELD_NAME,
      problem: `结束年份 ${endYear} 不晚于开始年份 ${year}`,
      fix: '先写开始年份，再写结束年份，例如 2021-2025-five-year-plan.pdf',
    });
  } else if (kind === 'five-year-plan' && endYear === undefined) {
    problems.push({
      file: shown,
      field: FIELD_NAME,
      problem: '五年规划的文件名没有写结束年份',
      fix: `写出规划期的起止年份，例如 ${year}-${Number(year) + 4}-five-year-plan${ext}`,
    });
  }
  if (problems.length) return { problems };
  return { values: { org, year, kind, ...(endYear ? { 'end-year': endYear } : {}) }, problems };
}

/** What the importer's problems say about `--title`, said for a file that was uploaded rather than typed. */
function forInbox(p: Problem): Problem {
  if (p.field !== '--title') return p;
  return {
    ...p,
    field: '标题',
    fix: '在文件第一行单独写出报告的标题（例如“某某市残联2024年工作总结”）后重新上传；或不用收件箱，改用 npm run import 加 --title 导入',
  };
}

/** The report as markdown, for a merge-request comment: per file its target, outline, removals, notes. */
export function inboxReport(files: InboxFile[], problems: Problem[], dryRun: boolean): string {
  const lines = ['# 收件箱导入报告', ''];
  if (problems.length) {
    lines.push(
      `没有导入任何文件：发现 ${problems.length} 个问题，收件箱和网站内容都没有改动。请按每行“—”后面的提示修改收件箱里的文件后再运行。`,
      '',
      '## 问题',
      '',
      ...problems.map((p) => `- ${escapeInline(formatProblem(p))}`),
      '',
    );
    return lines.join('\n');
  }
  lines.push(
    dryRun
      ? `试运行：${files.length} 个文件都可以导入，没有写入或删除任何文件。`
      : `导入了 ${files.length} 个文件，收件箱里的这些文件已删除。请通读每份报告，与原文核对。`,
    '',
  );
  for (const { shown, prepared: p } of files) {
    const s = p.summary;
    lines.push(`## ${escapeInline(shown)}`, '');
    lines.push(
      `- ${dryRun ? '将写入' : '已写入'}：${escapeInline(p.target.path)}${p.exists ? '（替换了原有的报告）' : ''}`,
      `- 标题：${escapeInline(s.title)}`,
    );
    if (s.published) lines.push(`- 原文发布日期：${s.published}`);
    if (s.encoding) lines.push(`- 文件编码：${s.encoding}（已转为 UTF-8）`);
    lines.push('', `### 提纲（${s.outline.length} 个标题）`, '');
    if (s.outline.length === 0) lines.push('没有识别出标题。');
    for (const h of s.outline)
      lines.push(`${'  '.repeat(Math.max(0, h.level - 2))}- ${escapeInline(h.text)}（第 ${h.line} 行）`);
    lines.push('', `### 删除的内容（${s.removed.length} 处）`, '');
    if (s.removed.length === 0) lines.push('没有删除任何内容。');
    for (const r of s.removed) lines.push(`- ${escapeInline(r)}`);
    if (s.notes.length) {
      lines.push('', `### 排版处理（${s.notes.length} 处，文字未改）`, '');
      for (const n of s.notes) lines.push(`- ${escapeInline(n)}`);
    }
    lines.push('', s.wordsKept, '');
  }
  return lines.join('\n');
}

/**
 * `npm run inbox`: imports every document uploaded to `inbox/<org>/<year>-<kind>.<ext>` as `npm run import` would
 * (`2021-2025-five-year-plan.pdf` gives the end year), writes the reports, deletes the inbox files and writes a
 * Chinese report (outline, removals, problems) to `inbox-report.md` or `--report`. All or nothing: every file is
 * read and checked first; if any has a problem, the problems are printed (and written to the report), and no
 * report, inbox file or folder is changed. `--dry-run` checks and prints the report and writes nothing.
 */
export async function runInbox(argv: string[], io: CommandIo): Promise<number> {
  const { args, problems } = parseCliArgs(argv, {
    values: ['published-on', 'report'],
    flags: ['force', 'dry-run'],
  });
  if (args.positionals.length) {
    problems.push({
      file: COMMAND_LINE,
      field: args.positionals.join(' '),
      problem: '收件箱不需要指定文件',
      fix: `把文件放进 ${INBOX}/机构编号/ 后运行 ${USAGE}；导入别处的单个文件用 npm run import`,
    });
  }
  const publishedOn = args.values['published-on'] ?? todayInChina();
  const dateProblem = publishedOnProblem(publishedOn);
  if (dateProblem) problems.push(dateProblem);
  if (problems.length) return failCommand(io, problems, '收件箱导入未完成');

  const dryRun = args.flags.has('dry-run');
  const force = args.flags.has('force');
  const orgs = readOrgs(io.root);
  const listing = listInbox(io.root, orgs);
  problems.push(...listing.problems);
  if (listing.files.length === 0 && problems.length === 0) {
    io.out(`收件箱（${INBOX}/）里没有要导入的文件。`);
    return 0;
  }

  const files: InboxFile[] = [];
  const byTarget = new Map<string, string>();
  for (const shown of listing.files) {
    const named = valuesFromName(shown, orgs);
    if (!named.values) {
      problems.push(...named.problems);
      continue;
    }
    const { target, problems: targetProblems } = resolveTarget(io.root, named.values, shown);
    if (!target) {
      // valuesFromName checked what resolveTarget checks; kept so that a new rule there is not skipped here.
      problems.push(...targetProblems.map((p) => ({ ...p, field: FIELD_NAME })));
      continue;
    }
    const twin = byTarget.get(target.path);
    if (twin) {
      problems.push({
        file: shown,
        field: FIELD_NAME,
        problem: `和 ${twin} 是同一份报告（机构、年份和类型都相同）`,
        fix: '只留下其中一个文件；两份不同的报告请在文件名里写对各自的年份和类型',
      });
      continue;
    }
    byTarget.set(target.path, shown);
    const result = await prepareImport(io.root, {
      path: join(io.root, shown),
      shown,
      target,
      publishedOn,
      overwrite: true, // an existing report is reported below, on the inbox file
    });
    if (!result.prepared) {
      problems.push(...result.problems.map(forInbox));
      continue;
    }
    if (result.prepared.exists && !force) {
      problems.push({
        file: shown,
        field: FIELD_NAME,
        problem: `${target.path} 已存在，为避免覆盖已停止`,
        fix: '确认要用这个文件替换已发布的报告时，运行 npm run inbox -- --force；否则改正文件名里的年份或类型',
      });
      continue;
    }
    files.push({ shown, prepared: result.prepared });
  }

  const reportPath = resolve(io.cwd ?? io.root, args.values.report ?? join(io.root, DEFAULT_REPORT));
  const rel = relative(io.root, reportPath);
  const reportShown = rel.startsWith('..') || isAbsolute(rel) ? reportPath : rel.split('\\').join('/');
  const report = inboxReport(files, problems, dryRun);
  if (problems.length) {
    if (!dryRun) writeFileSync(reportPath, report);
    return failCommand(io, problems, '收件箱导入未完成', '修改收件箱里的文件');
  }
  for (const line of report.split('\n')) io.out(line);
  if (dryRun) {
    io.out(`试运行：没有写入任何文件。去掉 --dry-run 将写入上面的 ${files.length} 份报告并删除收件箱里的文件。`);
    return 0;
  }
  for (const f of files) writeImport(f.prepared);
  for (const f of files) unlinkSync(join(io.root, f.shown));
  for (const folder of new Set(files.map((f) => f.shown.split('/').slice(0, 2).join('/')))) {
    try {
      rmdirSync(join(io.root, folder)); // only when empty; a folder with a note (.gitkeep, README.md) stays
    } catch {
      // not empty
    }
  }
  writeFileSync(reportPath, report);
  io.out(`已导入 ${files.length} 个文件，报告写在 ${reportShown}。请通读全文与原文核对，再运行 npm run check。`);
  return 0;
}
