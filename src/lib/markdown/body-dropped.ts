// Text that Markdown itself leaves off the page, before any sanitising: a table cell past the header's columns
// (GFM drops it), a footnote defined but never referenced or defined a second time (neither is rendered), and the
// title of a link definition (`[//]: # (备注)` is a popular "comment"; a title is at most a tooltip). Each is a
// problem only when it holds text a reader would miss: Chinese characters or digits.
import type { Problem } from '../core/problem.ts';
import { walkTree, type MdNode } from './body-tree.ts';
import { COUNTED } from './text-kept.ts';

/** A dropped-text problem, with the body line it is on. */
export type DroppedProblem = Pick<Problem, 'problem' | 'fix'> & { line: number };

/** The text of an mdast subtree, without recursion. */
function textOf(node: MdNode): string {
  let out = node.value ?? '';
  for (const { node: n } of walkTree(node)) out += n.value ?? '';
  return out;
}

const lineOf = (node: MdNode) => node.position?.start.line ?? 1;

/** Cells past the header row's count, per row of each table. */
function tableProblems(table: MdNode, out: DroppedProblem[]): void {
  const rows = table.children ?? [];
  const columns = rows[0]?.children?.length ?? 0;
  for (const row of rows.slice(1)) {
    const extra = (row.children ?? []).slice(columns);
    if (!extra.some((cell) => COUNTED.test(textOf(cell)))) continue;
    out.push({
      line: lineOf(row),
      problem: `表格这一行有 ${columns + extra.length} 格，比表头多 ${extra.length} 格，多出的“${extra.map((c) => textOf(c).trim()).join('”“')}”不会出现在网页上`,
      fix: `在表头（表格第一行）补上缺少的列名，或把多出的内容并入前面的格子；每一行都应有 ${columns} 个 |…| 格子`,
    });
  }
}

/** Every piece of body text that Markdown drops and that holds Chinese characters or digits, sorted by line. */
export function findDroppedText(tree: MdNode): DroppedProblem[] {
  const out: DroppedProblem[] = [];
  const referenced = new Set<string>();
  const footnotes: MdNode[] = [];
  for (const { node } of walkTree(tree)) {
    if (node.type === 'table') tableProblems(node, out);
    else if (node.type === 'footnoteReference' && node.identifier !== undefined) referenced.add(node.identifier);
    else if (node.type === 'footnoteDefinition') footnotes.push(node);
    else if (node.type === 'definition' && node.title && COUNTED.test(node.title)) {
      out.push({
        line: lineOf(node),
        problem: `链接定义 [${node.label ?? ''}]: 后面括号或引号里的“${node.title}”不会出现在网页上（这种写法常被当作注释用）`,
        fix: '要给读者看的文字写成普通段落，删去这一行的 [ ]: 和网址；内部备注请删去',
      });
    }
  }
  const defined = new Set<string>();
  for (const note of footnotes) {
    const id = note.identifier ?? '';
    const twice = defined.has(id);
    defined.add(id);
    if (!COUNTED.test(textOf(note))) continue;
    if (twice) {
      out.push({
        line: lineOf(note),
        problem: `脚注 [^${note.label ?? id}] 定义了两次，网页只显示第一次的内容，这一处的文字不会出现`,
        fix: `把这一处的文字并入第一处 [^${note.label ?? id}]: 的说明，或改用新的编号（如 [^${note.label ?? id}-2]）并在正文中引用它`,
      });
    } else if (!referenced.has(id)) {
      out.push({
        line: lineOf(note),
        problem: `脚注 [^${note.label ?? id}] 的说明在正文中没有被引用，网页上不会显示这段文字`,
        fix: `在正文相应的文字后面加上 [^${note.label ?? id}]，或把这段说明写成普通段落`,
      });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
