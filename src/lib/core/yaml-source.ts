import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { Problem } from './problem.ts';

/** A path into parsed data, as zod reports it. */
export type DataPath = readonly PropertyKey[];

/** YAML parsed together with a way to find the line of any field in it. */
export interface YamlSource {
  /** The parsed value (plain objects, arrays, strings, numbers, booleans, null). */
  data: unknown;
  /**
   * 1-based line of the field at `path` in the original file; for a field that is missing, the line of the
   * nearest enclosing field that exists (so "missing field" errors point at the right block).
   */
  lineOf(path: DataPath): number;
  /** Syntax problems (bad indentation, duplicate keys, tabs…), already in the project's problem shape. */
  problems: Problem[];
}

const YAML_ERROR_TEXT: Record<string, [string, string]> = {
  DUPLICATE_KEY: ['同一个字段写了两次', '删除重复的那一行，每个字段只写一次'],
  TAB_AS_INDENT: ['用了 Tab 键缩进', '把行首的 Tab 换成两个空格'],
  BAD_INDENT: ['缩进不对', '同一层的字段行首空格数要一致（建议每层两个空格）'],
  MISSING_CHAR: ['缺少符号（冒号、引号或括号）', '检查这一行：字段名后要有英文冒号和空格，引号要成对'],
  BLOCK_AS_IMPLICIT_KEY: ['字段名后的内容格式不对', '检查这一行及上一行的冒号和缩进'],
  MULTILINE_IMPLICIT_KEY: ['字段名跨了多行', '字段名要写在一行内，后面跟英文冒号和空格'],
  UNEXPECTED_TOKEN: ['出现了不该出现的符号', '检查这一行的冒号、引号、短横线是否为英文半角符号'],
  // `- @huzhou-canlian`: YAML reserves @ and ` at the start of a value (maintainers are written with @).
  BAD_SCALAR_START: [
    '内容以 @ 或 ` 开头，这样写 YAML 读不出来',
    '给这一项的内容加上英文双引号，如 - "@huzhou-canlian"',
  ],
  // `---` a second time starts a second document, which the site would silently ignore.
  MULTIPLE_DOCS: [
    '文件里有第二个 ---，从这里起是另一份内容，网站不会读取',
    '删除这一行的 --- 和它后面的内容；后面的字段如果需要，就移到 --- 上面，和前面的字段写在一起',
  ],
  // Thousands of nested brackets or levels: never a real file, and a reader would run out of stack.
  RESOURCE_EXHAUSTION: [
    '一层套一层的层数太多，无法读取',
    '按模板的层次填写字段，不要把方括号、花括号或缩进一层层套下去',
  ],
};

/** How the library spells the standard tags (`tag:yaml.org,2002:binary`), shown as written (`!!binary`). */
const STANDARD_TAG = 'tag:yaml.org,2002:';

/**
 * Explicit tags (`!!binary`, `!!set`, `!ruby/object:…`, `!!js/function`, even `!!str`): officials' files never
 * need one, and each changes what a value is read as (bytes, a set, an object of some program's class) or is
 * refused by the reader, so every later message about the field would be wrong. One problem per tag, with the
 * line it is on; the data is not used.
 */
function tagProblems(
  doc: ReturnType<typeof parseDocument>,
  text: string,
  file: string,
  lineAt: (offset: number | undefined) => number,
): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Node(_, node) {
      if (!node.tag) return;
      const tag = node.tag.startsWith(STANDARD_TAG) ? `!!${node.tag.slice(STANDARD_TAG.length)}` : node.tag;
      // The node starts after its tag, a line later for a tagged block (`name: !ruby/object:Foo` + indented fields).
      const start = node.range?.[0];
      const written = start === undefined ? -1 : text.lastIndexOf(tag, start);
      problems.push({
        file,
        line: lineAt(written >= 0 ? written : start),
        field: '（格式）',
        problem: `用了以 ! 开头的 YAML 标记“${tag}”，网站的文件里不能用这种标记`,
        fix: `删除“${tag}”这个标记，只留下后面的内容（文字里本来就有 ! 开头时，请用英文引号把整段文字括起来）`,
      });
    },
  });
  return problems;
}

/** Most aliases (`*name`) a file may expand; officials' files need none, templates a handful. */
const MAX_ALIAS_COUNT = 50;

/** Offset of the first alias in the document, where the expansion starts. */
function firstAliasOffset(doc: ReturnType<typeof parseDocument>): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * The slip behind "nested mappings are not allowed in compact mappings" as officials make it: a field
 * (`shortName: …`) indented under a field that already has a value (`name: 示例市残联`). The parser reports the
 * line of the value; the line to fix is the next one. Returns that line (1-based, in `text`) and how many spaces
 * too many it has, or undefined when the text does not look like that.
 */
function overIndentedLine(text: string, errorLine: number): { line: number; extra: number } | undefined {
  const lines = text.split('\n');
  const here = lines[errorLine - 1];
  if (here === undefined || !/:\s*\S/.test(here)) return undefined;
  const indent = (l: string) => l.length - l.trimStart().length;
  for (let i = errorLine; i < lines.length; i++) {
    const next = lines[i]!;
    if (next.trim() === '' || next.trimStart().startsWith('#')) continue;
    return indent(next) > indent(here) ? { line: i + 1, extra: indent(next) - indent(here) } : undefined;
  }
  return undefined;
}

/**
 * Parses YAML text, keeping line numbers. `lineOffset` is added to every line (used for front matter,
 * which starts after the opening `---`).
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line) + lineOffset;

  // One syntax slip often yields several parser errors on the same line; the first says enough.
  const seenLines = new Set<number>();
  const problems: Problem[] = [...doc.errors, ...doc.warnings].flatMap((err) => {
    // An unclosed quote is only noticed at the end of the text; the line to fix is where the quote opened.
    const quote = /closing (["'])quote/.exec(err.message)?.[1];
    if (quote) {
      const line = lineAt(Math.max(0, text.lastIndexOf(quote, err.pos[0] - 1)));
      seenLines.add(line);
      return [
        {
          file,
          line,
          field: '（格式）',
          problem: '引号没有成对',
          fix: `在这一行文字的末尾补上 ${quote}，或删除开头的 ${quote}`,
        },
      ];
    }
    const indented =
      err.code === 'BLOCK_AS_IMPLICIT_KEY' ? overIndentedLine(text, counter.linePos(err.pos[0]).line) : undefined;
    if (indented) {
      const line = indented.line + lineOffset;
      if (seenLines.has(line)) return [];
      // The parser's other complaints about the line above are the same slip.
      seenLines.add(line).add(lineAt(err.pos[0]));
      return [
        {
          file,
          line,
          field: '（格式）',
          problem: `这一行比上一行多缩进了 ${indented.extra} 个空格，但上一行的字段已经写了内容`,
          fix: '删除这一行开头多出的空格，让它和上一行对齐',
        },
      ];
    }
    const line = lineAt(err.pos[0]);
    if (seenLines.has(line)) return [];
    seenLines.add(line);
    const [problem, fix] = YAML_ERROR_TEXT[err.code] ?? [
      `YAML 格式错误（${err.code}）`,
      '检查这一行的缩进、冒号（英文半角，后跟空格）和引号；含冒号的文字请用英文引号括起来',
    ];
    return [{ file, line, field: '（格式）', problem, fix }];
  });

  // A tag the reader could not resolve is also reported by the library (TAG_RESOLVE_FAILED); the tag's own
  // message replaces it.
  const tags = tagProblems(doc, text, file, lineAt);
  if (tags.length) {
    const resolveFailed = new Set(
      doc.warnings
        .concat(doc.errors)
        .filter((e) => e.code === 'TAG_RESOLVE_FAILED')
        .map((e) => lineAt(e.pos[0])),
    );
    const kept = problems.filter((p) => !(p.field === '（格式）' && p.line !== undefined && resolveFailed.has(p.line)));
    problems.splice(0, problems.length, ...kept, ...tags);
  }

  let data: unknown = undefined;
  if (doc.errors.length === 0 && tags.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      // The one way toJS fails on a document that parsed: aliases expanding past the limit (a "billion laughs"
      // file, which would otherwise exhaust memory). The library's English message is not shown.
      problems.push({
        file,
        line: lineAt(firstAliasOffset(doc) ?? (doc.contents as Node | null)?.range?.[0]),
        field: '（格式）',
        problem: '引用（& 和 * 开头的别名）层层展开后内容过多，无法读取',
        fix: '不要用 & 和 * 引用别处的内容：把每一项的内容直接写出来',
      });
    }
  }

  function lineOf(path: DataPath): number {
    let node: unknown = doc.contents;
    let line = lineAt((doc.contents as Node | null)?.range?.[0]);
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) return line;
        const keyNode = pair.key as Node;
        line = lineAt(keyNode.range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) return line;
        line = lineAt(item.range?.[0]);
        node = item;
      } else {
        return line;
      }
    }
    return line;
  }

  return { data, lineOf, problems };
}
