// What 朗读 says, in order: the main text as a listener needs it. Each paragraph, heading or list item is one
// utterance; a term is read with its description ("发布机构：某某残联"); a table is read by its caption and then row
// by row, each cell with its column name ("年份：2023年，人数：…"), since cells alone are numbers without meaning.
// Inline runs (chips, a line of tags) are read as one sentence with their container. Pure DOM: testable in jsdom.

/** One thing to say and the element to mark (and scroll to) while it is said. */
export interface Utterance {
  el: HTMLElement;
  text: string;
}

/** Elements that start a new block; anything else is part of the sentence around it. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Never read: code, pictures and the read-aloud control itself. */
const SKIP =
  'script, style, noscript, template, svg, canvas, iframe, button, select, input, textarea, [data-read-aloud]';

/** A block, or an inline element wrapping one (a link around a card's heading and text). */
const isBlock = (el: Element) =>
  BLOCK_TAGS.has(el.tagName.toLowerCase()) || el.querySelector([...BLOCK_TAGS].join(',')) !== null;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Whether the reader can see `el` (and so should hear it); decided by the caller's layout, jsdom has none. */
export type IsShown = (el: Element) => boolean;

/** In a browser: laid out, and not hidden from everyone or from assistive technology. */
export const shownOnScreen: IsShown = (el) =>
  el.getClientRects().length > 0 && !el.closest('[hidden], [aria-hidden="true"], .visually-hidden, .print-only');

function textOf(el: Element, isShown: IsShown): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.matches(SKIP) || !isShown(child)) continue;
      out += textOf(child, isShown);
    }
  }
  return out;
}

/** Column names of a table: the last header row of thead, or a first row made only of th. */
function columnNames(table: HTMLTableElement, isShown: IsShown): string[] {
  const headRow = table.tHead?.rows[table.tHead.rows.length - 1] ?? table.rows[0];
  if (!headRow || [...headRow.cells].some((c) => c.tagName !== 'TH')) return [];
  const names: string[] = [];
  for (const cell of headRow.cells) for (let i = 0; i < cell.colSpan; i++) names.push(clean(textOf(cell, isShown)));
  return names;
}

function tableUtterances(table: HTMLTableElement, isShown: IsShown): Utterance[] {
  const out: Utterance[] = [];
  if (table.caption && isShown(table.caption)) {
    const text = clean(textOf(table.caption, isShown));
    if (text) out.push({ el: table.caption, text: `表格：${text}` });
  }
  const names = columnNames(table, isShown);
  const headRows = new Set<HTMLTableRowElement>(table.tHead ? [...table.tHead.rows] : []);
  if (!table.tHead && names.length && table.rows[0]) headRows.add(table.rows[0]);
  for (const row of table.rows) {
    if (headRows.has(row) || !isShown(row)) continue;
    const parts: string[] = [];
    let col = 0;
    for (const cell of row.cells) {
      const text = clean(textOf(cell, isShown));
      const name = names[col];
      col += cell.colSpan;
      if (!text) continue;
      // A row header names the row itself; the others are said with their column's name.
      parts.push(cell.tagName === 'TH' || !name || name === text ? text : `${name}：${text}`);
    }
    if (parts.length) out.push({ el: row, text: parts.join('，') });
  }
  return out;
}

function listUtterances(dl: HTMLElement, isShown: IsShown): Utterance[] {
  const groups: { el: HTMLElement; term: string; descriptions: string[] }[] = [];
  const visit = (parent: Element) => {
    for (const child of parent.children) {
      if (!(child instanceof HTMLElement) || !isShown(child)) continue;
      const text = clean(textOf(child, isShown));
      if (child.tagName === 'DIV') visit(child);
      // A term and its descriptions are one utterance, marked on their row when they have one.
      else if (child.tagName === 'DT')
        groups.push({ el: parent === dl ? child : (parent as HTMLElement), term: text, descriptions: [] });
      else if (child.tagName === 'DD' && text) {
        const last = groups.at(-1);
        if (last) last.descriptions.push(text);
        else groups.push({ el: child, term: '', descriptions: [text] });
      }
    }
  };
  visit(dl);
  return groups
    .map(({ el, term, descriptions }) => {
      const said = descriptions.join('、');
      return { el, text: term && said ? `${term}：${said}` : term || said };
    })
    .filter((u) => u.text);
}

/** The utterances of `root`'s content, in document order. */
export function utterancesOf(root: Element, isShown: IsShown = shownOnScreen): Utterance[] {
  const out: Utterance[] = [];
  const visit = (el: HTMLElement) => {
    if (el.matches(SKIP) || !isShown(el)) return;
    if (el instanceof HTMLTableElement) return void out.push(...tableUtterances(el, isShown));
    if (el.tagName === 'DL') return void out.push(...listUtterances(el, isShown));
    const hasBlocks = [...el.children].some(isBlock);
    if (!hasBlocks) {
      const text = clean(textOf(el, isShown));
      if (text) out.push({ el, text });
      return;
    }
    // Mixed content: the text between blocks is read as a sentence of its own, with the container marked.
    let run = '';
    const flush = () => {
      if (clean(run)) out.push({ el, text: clean(run) });
      run = '';
    };
    for (const node of el.childNodes) {
      if (node.nodeType === 3) run += node.textContent ?? '';
      else if (node instanceof HTMLElement) {
        if (isBlock(node)) {
          flush();
          visit(node);
        } else if (!node.matches(SKIP) && isShown(node)) run += textOf(node, isShown);
      }
    }
    flush();
  };
  visit(root as HTMLElement);
  return out;
}
