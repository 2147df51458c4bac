import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { COMMAND_LINE, failCommand, parseCliArgs, type CommandIo } from '../core/cli.ts';
import { DATASET_TOPICS } from './schema.ts';
import { WHOLE_FILE, type Problem } from '../core/problem.ts';
import { draftDataset } from './draft-dataset.ts';
import { findFigures, type Figure } from './figures.ts';
import { READERS, readerFor } from '../documents/readers.ts';
import type { ReadDocument } from '../documents/types.ts';

const USAGE =
  'npm run figures -- 文件路径 [--json] [--draft 数据表编号 [--org 机构编号] [--year 年份] [--topic 主题] [--force]]';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const fail = (io: CommandIo, problems: Problem[]) => failCommand(io, problems, '未完成', '修改');

/** The figure as `--json` prints it: at least value, unit, subject, sentence, line. */
function jsonFigure(f: Figure) {
  return {
    value: f.value,
    unit: f.unit,
    subject: f.subject,
    sentence: f.sentence,
    line: f.line,
    number: f.number,
    ...(f.qualifier ? { qualifier: f.qualifier } : {}),
  };
}

function checkOptions(values: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  const p = (field: string, problem: string, fix: string) => problems.push({ file: COMMAND_LINE, field, problem, fix });
  if (values.draft !== undefined && !ID.test(values.draft))
    p(
      '--draft',
      `“${values.draft}”不能作数据表编号`,
      '只用小写英文字母、数字和短横线，例如 --draft xx-district-2023-figures',
    );
  if (values.year !== undefined && !/^\d{4}$/.test(values.year))
    p('--year', `“${values.year}”不是年份`, '写成四位数字，例如 --year 2023');
  if (values.topic !== undefined && !(values.topic in DATASET_TOPICS))
    p('--topic', `没有“${values.topic}”这个主题`, `改为以下之一：${Object.keys(DATASET_TOPICS).join('、')}`);
  if (values.draft === undefined)
    for (const o of ['org', 'year', 'topic'])
      if (values[o] !== undefined) p(`--${o}`, '只在写草稿时有用', `加上 --draft 数据表编号，或去掉 --${o}`);
  return problems;
}

/**
 * `npm run figures -- <file> [--json] [--draft <id>]`: lists the sentences of a document that state a key figure
 * (value, unit, what it counts, line, sentence); `--json` prints them as an array; `--draft` writes
 * data/datasets/<id>.csv and .yaml with `confirmed: false` for an official to check. Returns the exit code.
 */
export async function runFigures(argv: string[], io: CommandIo): Promise<number> {
  const { args, problems } = parseCliArgs(argv, {
    values: ['draft', 'org', 'year', 'topic'],
    flags: ['json', 'force'],
  });
  if (args.positionals.length !== 1) {
    problems.unshift({
      file: COMMAND_LINE,
      field: '文件路径',
      problem: args.positionals.length
        ? `一次只能读一个文件，这里给了 ${args.positionals.length} 个`
        : '没有指定要读的文件',
      fix: `写成 ${USAGE}`,
    });
  }
  problems.push(...checkOptions(args.values));
  if (problems.length) return fail(io, problems);
  const shown = args.positionals[0]!;
  const path = resolve(io.cwd ?? io.root, shown);
  const whole = (problem: string, fix: string) => fail(io, [{ file: shown, field: WHOLE_FILE, problem, fix }]);
  const read = readerFor(path);
  if (!read)
    return whole(`不支持“${extname(path) || '无扩展名'}”格式的文件`, `只能读 ${Object.keys(READERS).join('、')} 文件`);
  if (!existsSync(path) || !statSync(path).isFile())
    return whole('找不到这个文件', '检查路径和文件名是否写对；相对路径从运行命令的目录算起');
  let doc: ReadDocument;
  try {
    doc = await read(readFileSync(path), path);
  } catch {
    return whole('无法读取这个文件', '确认文件没有损坏：用原来的程序打开后另存一份再试');
  }
  const figures = findFigures(doc);

  if (args.flags.has('json')) io.out(JSON.stringify(figures.map(jsonFigure), null, 2));
  else {
    for (const f of figures) {
      io.out(
        `第 ${f.line} 行  ${f.subject || '（没有找到项目）'}：${f.qualifier && !/[余多]/.test(f.qualifier) ? f.qualifier : ''}${f.value}${/[余多]/.test(f.qualifier ?? '') ? f.qualifier : ''}${f.unit}`,
      );
      io.out(`    原文：${f.sentence}`);
    }
    io.out(`\n共 ${figures.length} 个数字。这些是程序摘出的，请对照原文核对后再使用。`);
  }
  if (args.values.draft === undefined) return 0;

  const id = args.values.draft;
  const dir = join(io.root, 'data/datasets');
  const files = [`data/datasets/${id}.csv`, `data/datasets/${id}.yaml`];
  const existing = files.filter((f) => existsSync(join(io.root, f)));
  if (existing.length && !args.flags.has('force')) {
    return fail(
      io,
      existing.map((f) => ({
        file: f,
        field: WHOLE_FILE,
        problem: '文件已存在，为避免覆盖已停止',
        fix: '换一个 --draft 编号；确认要替换时加上 --force',
      })),
    );
  }
  if (figures.length === 0) return whole('没有找到带单位的数字，没有写草稿', '确认选对了文件');
  const seed = /^(\d{3})_/.exec(basename(path))?.[1];
  const draft = draftDataset(figures, {
    file: basename(path),
    org: args.values.org,
    year: args.values.year === undefined ? undefined : Number(args.values.year),
    topic: args.values.topic,
    document: seed,
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(io.root, files[0]!), draft.csv);
  writeFileSync(join(io.root, files[1]!), draft.yaml);
  (args.flags.has('json') ? io.err : io.out)(
    `\n已写入草稿 ${files.join(' 和 ')}（confirmed: false）。逐行对照原文核对、补全【待填写】后改为 confirmed: true；在此之前 npm run check 会报错，数据不会发布。`,
  );
  return 0;
}
