// The check every report and guide body goes through: nothing in it may make the page lose text. Nesting too deep
// for the renderer, a comment or an element that swallows the rest of the body, content the sanitiser removes
// (with the text in it), links and images the sanitiser removes, text Markdown itself drops, and a body with
// nothing left to read are problems, each with the line where it starts.
import type { Problem } from '../core/problem.ts';
import { findBodyLinkProblems } from './body-links.ts';
import { findDroppedText } from './body-dropped.ts';
import { parseBody, walkTree, type MdNode } from './body-tree.ts';
import { findDeepNesting, MAX_NESTING } from './nesting.ts';
import { readRawHtml, type Removal } from './raw-html.ts';
import { COUNTED } from './text-kept.ts';

const FIELD = '（正文）';

function opener(what: string): string {
  return what === 'comment' ? '<!--' : `<${what}>`;
}

function closer(what: string): string {
  return what === 'comment' ? '-->' : `</${what}>`;
}

function name(what: string): string {
  return what === 'comment' ? '注释 <!-- ' : `<${what}> 标签`;
}

function removalProblem(r: Removal): Pick<Problem, 'problem' | 'fix'> | undefined {
  if (r.what === 'plaintext') {
    return { problem: '<plaintext> 标签无法结束，它后面的内容都会原样显示成网页代码', fix: '删去 <plaintext>' };
  }
  if (r.unclosed) {
    return {
      problem: `${name(r.what)}没有结束（缺少 ${closer(r.what)}），从这里到正文末尾的文字都不会出现在网页上`,
      fix:
        r.what === 'comment'
          ? '删去 <!--，或在注释结束处加上 -->；要给读者看的文字不要放在注释里'
          : `删去 ${opener(r.what)}（网站不显示这类内容）；其中要给读者看的文字写成普通段落`,
    };
  }
  if (!COUNTED.test(r.text)) return undefined;
  const lines = r.endLine > r.line ? `第 ${r.line}—${r.endLine} 行` : '这一行';
  return r.what === 'comment'
    ? {
        problem: `${lines}的注释 <!-- --> 里的文字不会出现在网页上`,
        fix: '要给读者看的文字，删去两边的 <!-- 和 -->；内部备注请删去',
      }
    : {
        problem: `${lines}的 ${opener(r.what)}…${closer(r.what)} 连同其中的文字都会被网站删除，不会出现在网页上`,
        fix: `删去 ${opener(r.what)} 和 ${closer(r.what)}，其中要给读者看的文字写成普通段落，其余删去`,
      };
}

/**
 * Checks a report or guide body. `bodyLine` is the file line the body starts on, so problems name file lines.
 * Runs without recursion: bodies nested thousands deep are among the inputs it exists for.
 */
export function checkMarkdownBody(file: string, body: string, bodyLine: number): Problem[] {
  if (body.trim() === '') return [];
  const at = (line: number) => bodyLine + line - 1;
  let tree: MdNode;
  try {
    tree = parseBody(body);
  } catch {
    return [
      {
        file,
        line: bodyLine,
        field: FIELD,
        problem: '正文无法读取：结构太复杂（多半是嵌套太深的引用、列表或网页代码）',
        fix: `删去成串的 > 、缩进和 <span>、<div> 等标签，让嵌套不超过 ${MAX_NESTING} 层`,
      },
    ];
  }
  const raw = readRawHtml(tree);
  const problems: Problem[] = [];
  const deep = findDeepNesting(tree, raw.elements);
  if (deep) {
    problems.push({
      file,
      line: at(deep.line),
      field: FIELD,
      problem: `正文嵌套太深：引用、列表或 <div>、<span> 等标签一层套一层，最深 ${deep.depth} 层，超过上限 ${MAX_NESTING} 层，网页无法生成`,
      fix: '从这一行起删去多余的 > 、缩进和成串的 <span>、<div> 等标签，只留文字；从 Word 复制时请选“只保留文本”粘贴',
    });
  }
  for (const r of raw.removals) {
    const p = removalProblem(r);
    if (p) problems.push({ file, line: at(r.line), field: FIELD, ...p });
  }
  for (const p of [...findBodyLinkProblems(tree, raw.elements), ...findDroppedText(tree)].sort(
    (a, b) => a.line - b.line,
  )) {
    problems.push({ file, line: at(p.line), field: FIELD, problem: p.problem, fix: p.fix });
  }
  const hasImage = [...walkTree(tree)].some(({ node }) => node.type === 'image');
  if (!raw.hasVisibleText && !hasImage) {
    problems.push({
      file,
      line: bodyLine,
      field: FIELD,
      problem: '正文里没有读者能看到的文字：其中的内容网站都会删除，网页将是空白',
      fix: '在前置信息的 --- 之后写正文文字；<script>、<style>、<iframe> 和注释都不会显示',
    });
  }
  return problems;
}
