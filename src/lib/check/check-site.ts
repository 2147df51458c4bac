import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { conflictProblems } from '../core/conflict-markers.ts';
import { listGlob } from '../core/file-glob.ts';
import { groupInto } from '../core/group.ts';
import { WHOLE_FILE, sortProblems, type Problem } from '../core/problem.ts';
import { CROSS_CHECKS, FILE_KINDS } from './registry.ts';
import { listContentFiles } from './list-files.ts';
import { pathProblems } from './path-problems.ts';
import { asciiView, crOnly, isOfficeFile, isPdf, isUtf16, isZip, looksBinary } from './sniff-bytes.ts';
import type { Entry, EntryIndex, FileKind, KindData, KindName } from '../core/file-kind.ts';

/** Folders that hold what officials commit. */
export const CONTENT_ROOTS = ['content', 'data'];

/** Largest file accepted, in bytes: a report or dataset larger than this is almost certainly a mistake. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Files that may sit in content folders without being published (notes for officials). */
const IGNORED = /(^|\/)(README\.md|\.gitkeep|\.DS_Store)$/;

/** Result of checking the site's files. */
export interface CheckResult {
  problems: Problem[];
  index: EntryIndex;
  /** How many files were read. */
  fileCount: number;
}

/**
 * Builds an index over validated entries. With `root`, `projectFileExists` looks at the project's files (lstat
 * only: a symlink is not a kept file); without it, no file outside the index exists.
 */
export function makeIndex(
  entries: Entry[],
  files: Iterable<string> = entries.map((e) => e.file),
  root?: string,
): EntryIndex {
  const fileSet = new Set(files);
  const byKind = groupInto(entries, (e) => e.kind);
  const byId = new Map<string, Entry>();
  for (const e of entries) {
    const key = `${e.kind}\u0000${e.id}`;
    if (!byId.has(key)) byId.set(key, e);
  }
  return {
    all: entries,
    // The one place entries meet their kind's type: each FileKind's loader makes the entries of the kinds it
    // declares in KindData, so the entries grouped under a name carry that name's data.
    byKind: <K extends KindName>(k: K) => (byKind.get(k) ?? []) as Entry<KindData[K]>[],
    get: <K extends KindName>(k: K, id: string) => byId.get(`${k}\u0000${id}`) as Entry<KindData[K]> | undefined,
    hasFile: (f) => fileSet.has(f),
    projectFileExists: (f) => {
      if (root === undefined) return false;
      try {
        return lstatSync(join(root, f)).isFile();
      } catch {
        return false;
      }
    },
  };
}

/** Reads and validates one file: size, binary, merge conflicts, encoding, then the kind's own checks. */
export function loadFile(kind: FileKind, file: string, bytes: Uint8Array): { entries: Entry[]; problems: Problem[] } {
  const whole = (problem: string, fix: string): { entries: Entry[]; problems: Problem[] } => ({
    entries: [],
    problems: [{ file, field: WHOLE_FILE, problem, fix }],
  });
  if (bytes.length > MAX_FILE_BYTES) {
    return whole(
      `文件太大（${(bytes.length / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB）`,
      '检查是否放错了文件；图片、PDF 等不要放在这里，过大的数据请拆成几个文件',
    );
  }
  if (isUtf16(bytes)) {
    // CSV kinds explain UTF-16 themselves, with the Excel menu to use.
    if (kind.anyEncoding) return kind.load(file, '', bytes);
    return whole(
      '文件是 UTF-16 编码（“Unicode”格式），不是 UTF-8',
      '用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后保存',
    );
  }
  if (isOfficeFile(bytes)) {
    return whole(
      '这是 Word 或 Excel 文件（只改了扩展名），不是文字文件',
      kind.anyEncoding
        ? '在 Excel 或 WPS 中打开，选择“另存为”，文件类型选“CSV UTF-8（逗号分隔）”，再替换这个文件'
        : 'Word 文档请用 npm run import 转换为 Markdown，不要直接改扩展名',
    );
  }
  if (isPdf(bytes)) {
    return whole(
      '这是 PDF 文件（只改了扩展名），不是文字文件',
      kind.anyEncoding
        ? 'PDF 里的表格请在 Excel 或 WPS 中录入或导入，再“另存为”CSV UTF-8（逗号分隔），替换这个文件'
        : 'PDF 文档请用 npm run import 转换为 Markdown，不要直接改扩展名',
    );
  }
  if (isZip(bytes)) {
    return whole(
      '这是压缩包（zip 文件，只改了扩展名），不是文字文件',
      `${kind.label}应为文字文件：解压后取出里面按模板填写的文件替换它，或删除这个文件`,
    );
  }
  if (looksBinary(bytes)) {
    return whole(
      '这是二进制文件（图片、压缩包等），不是文字文件',
      `${kind.label}应为文字文件：删除这个文件，换成按模板填写的文字文件`,
    );
  }
  // Old Mac line breaks: every reader sees one long line, and its first message (on line 1) would be misleading.
  if (crOnly(bytes)) {
    return whole(
      '文件的换行只用了 CR（旧式苹果电脑的换行方式），整个文件会被读成一行',
      '用记事本或 WPS 打开后重新保存；或在编辑器底部状态栏把换行方式“CR”改为“LF”或“CRLF”后保存',
    );
  }
  // Before anything is parsed: both versions of a conflict make the rest of the file's messages misleading.
  const conflicts = conflictProblems(file, asciiView(bytes));
  if (conflicts.length) return { entries: [], problems: conflicts };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (!kind.anyEncoding) {
      return whole('文件不是 UTF-8 编码', '用记事本或 WPS 打开，选择“另存为”，编码选 UTF-8 后保存');
    }
    text = '';
  }
  return kind.load(file, text.replace(/^\uFEFF/, ''), bytes);
}

// Files officials are likely to drop into content folders by mistake, with what to do instead.
const OFFICE_EXT = /\.(docx?|wps|xlsx?|et|pdf|pptx?)$/i;

/**
 * Validates every file under `content/` and `data/` of the site at `root`. With `only`, every file is still
 * read (references need them) but only problems in the given files or folders are returned.
 */
export function checkSite(root: string, only?: string[]): CheckResult {
  const listing = listContentFiles(root, CONTENT_ROOTS);
  const files = listing.files.filter((f) => !IGNORED.test(f));
  // The build checks the site once before rendering, and page loaders (datasets, plans) ask again in the same
  // process: reuse the result while no file has changed (names, sizes and times), instead of re-reading and
  // re-parsing every file (the check is the slowest part of a large build after rendering).
  const stamp = [
    ...files.map((f) => {
      const st = statSync(join(root, f));
      return `${f}\u0000${st.size}\u0000${st.mtimeMs}`;
    }),
    ...listing.problems.map((p) => `${p.file}\u0000${p.problem}`),
  ].join('\n');
  const memo = checkMemo();
  const key = resolve(root);
  let all = memo.get(key);
  if (all?.stamp !== stamp) {
    const checked = checkFiles(root, files);
    all = { stamp, problems: [...listing.problems, ...checked.problems], index: checked.index };
    memo.set(key, all);
  }
  const { problems, index } = all;
  const wanted = only?.map((p) => relative(root, join(root, p)).split(sep).join('/').replace(/\/$/, ''));
  const shown = wanted
    ? problems.filter((p) => wanted.some((w) => p.file === w || p.file.startsWith(`${w}/`)))
    : problems;
  return { problems: sortProblems(shown), index, fileCount: files.length };
}

const CHECK_MEMO = Symbol.for('canlian.checkSite.memo');

/** Results of checkSite by root, shared by every copy of this module in the process (config and page bundles). */
function checkMemo(): Map<string, { stamp: string; problems: Problem[]; index: EntryIndex }> {
  const g = globalThis as { [CHECK_MEMO]?: Map<string, { stamp: string; problems: Problem[]; index: EntryIndex }> };
  g[CHECK_MEMO] ??= new Map();
  return g[CHECK_MEMO];
}

/**
 * The kind of every file under `root` that some kind's `files` declaration lists, by project-relative path. The
 * files are listed with the same glob and options the content collections use (`listGlob`); the first kind in
 * the registry wins should two declarations ever overlap (a test keeps them apart).
 */
export function kindsOfFiles(root: string): Map<string, FileKind> {
  const out = new Map<string, FileKind>();
  for (const kind of FILE_KINDS) for (const file of listGlob(root, kind.files)) if (!out.has(file)) out.set(file, kind);
  return out;
}

/**
 * Files a whole project must have (FileKind.required) that are not there. Only a project folder (with
 * package.json) is held to this: the small sites of the test corpus and a folder checked on its own are not sites.
 */
function missingRequired(root: string, files: string[], kinds: Map<string, FileKind>): Problem[] {
  if (!existsSync(join(root, 'package.json'))) return [];
  return FILE_KINDS.filter((kind) => kind.required && !files.some((f) => kinds.get(f) === kind)).map((kind) => ({
    file: kind.required!,
    field: WHOLE_FILE,
    problem: `缺少${kind.label}文件，网站无法生成`,
    fix: `按模板添加 ${kind.required}（可以从 git 历史中恢复原来的文件）；这个文件不能删除`,
  }));
}

/** Reads and validates the given files, then runs the cross-checks over them. */
function checkFiles(root: string, files: string[]): { problems: Problem[]; index: EntryIndex } {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const kinds = kindsOfFiles(root);
  for (const file of files) {
    const early = pathProblems(file);
    if (early.length) {
      problems.push(...early);
      continue;
    }
    const kind = kinds.get(file);
    if (!kind) {
      problems.push(
        OFFICE_EXT.test(file)
          ? {
              file,
              field: WHOLE_FILE,
              problem: 'Word、Excel、PDF 等文件不会被发布',
              fix: 'Word 文档用 npm run import 转换为 .md；Excel 表格“另存为”CSV UTF-8；原件请另行保存，从这里删除',
            }
          : {
              file,
              field: WHOLE_FILE,
              problem: '这个位置或这种扩展名的文件不会被发布',
              fix: '机构放在 data/orgs/<编号>.yaml，年度报告放在 content/reports/<机构>/<年份>-<类型>.md，办事指南放在 content/guides/<编号>.md，规划放在 data/plans/ 下；不需要的文件请删除',
            },
      );
      continue;
    }
    const loaded = loadFile(kind, file, readFileSync(join(root, file)));
    entries.push(...loaded.entries);
    problems.push(...loaded.problems);
  }
  const index = makeIndex(entries, files, root);
  for (const check of CROSS_CHECKS) problems.push(...check(index));
  problems.push(...missingRequired(root, files, kinds));
  for (const e of entries) e.lineOf = lineOfOnDemand(root, e, kinds.get(e.file));
  return { problems, index };
}

/**
 * A line lookup that re-reads the entry's file when first asked. Each file's own lookup keeps its parsed YAML
 * alive, about 1.6 GB for the 98,600 files of the national-scale benchmark; once the cross-checks have run, lines
 * are asked for only when a page loader reports a problem, so the index kept for the build holds none of them.
 */
function lineOfOnDemand(root: string, entry: Entry, kind: FileKind | undefined): Entry['lineOf'] {
  let lookup: Entry['lineOf'] | undefined;
  return (path) => {
    if (!lookup) {
      const again = kind ? loadFile(kind, entry.file, readFileSync(join(root, entry.file))).entries : [];
      lookup = again.find((e) => e.kind === entry.kind && e.id === entry.id)?.lineOf ?? (() => 1);
    }
    return lookup(path);
  };
}
