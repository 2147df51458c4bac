// A rehype plugin for tables in reports and guides: each table scrolls inside its own labelled region (so the
// page never scrolls sideways at 320 px), and a bold line just above a table (how converted documents title
// their tables) becomes the table's <caption>.

/** The small part of the hast tree this plugin touches. */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function isElement(node: HastNode | undefined, tag?: string): node is HastNode {
  return !!node && node.type === 'element' && (!tag || node.tagName === tag);
}

/** The paragraph is only bold text (ignoring white space): a table title in converted documents. */
function boldTitle(node: HastNode | undefined): string | undefined {
  if (!isElement(node, 'p')) return undefined;
  const kids = (node.children ?? []).filter((c) => !(c.type === 'text' && !(c.value ?? '').trim()));
  if (kids.length === 1 && isElement(kids[0], 'strong')) return textOf(kids[0]).trim() || undefined;
  return undefined;
}

/** Wraps tables and moves a preceding bold title into the caption. */
export function transformTables(tree: HastNode): void {
  let count = 0;
  const visit = (parent: HastNode) => {
    const kids = parent.children;
    if (!kids) return;
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      if (!isElement(node, 'table')) {
        visit(node);
        continue;
      }
      count += 1;
      const id = `table-${count}`;
      let prevIndex = i - 1;
      while (prevIndex >= 0 && kids[prevIndex]!.type === 'text' && !(kids[prevIndex]!.value ?? '').trim()) prevIndex--;
      const title = boldTitle(kids[prevIndex]);
      const hasCaption = (node.children ?? []).some((c) => isElement(c, 'caption'));
      if (title && !hasCaption) {
        node.children = [
          { type: 'element', tagName: 'caption', properties: { id }, children: [{ type: 'text', value: title }] },
          ...(node.children ?? []),
        ];
      }
      const labelled = (title && !hasCaption) || hasCaption;
      if (hasCaption) {
        const caption = node.children!.find((c) => isElement(c, 'caption'))!;
        caption.properties = { ...caption.properties, id };
      }
      const wrapper: HastNode = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          role: 'region',
          tabIndex: 0,
          ...(labelled ? { ariaLabelledBy: id } : { ariaLabel: `表格 ${count}` }),
        },
        children: [node],
      };
      kids[i] = wrapper;
      if (title && !hasCaption) {
        kids.splice(prevIndex, 1);
        i--;
      }
    }
  };
  visit(tree);
}

/** The rehype plugin (unified attacher). */
export function rehypeTables() {
  return (tree: HastNode) => transformTables(tree);
}

/** The part of Sätteri's hast visitor context this plugin uses. */
interface VisitorContext {
  parent(node: HastNode): HastNode | undefined;
  indexOf(node: HastNode): number | undefined;
  removeNode(node: HastNode): void;
  prependChild(node: HastNode, child: HastNode): void;
  setProperty(node: HastNode, key: string, value: unknown): void;
  wrapNode(node: HastNode, parent: HastNode): void;
}

/**
 * The same transform as a Sätteri hast plugin (Astro 7's Markdown processor), through its visitor API (its
 * tree cannot be mutated directly). Must run after the sanitiser, which removes tabindex from content HTML.
 */
export function tablesPlugin() {
  let count = 0;
  return {
    name: 'canlian:tables',
    before() {
      count = 0;
    },
    element: {
      filter: ['table'],
      visit(node: HastNode, ctx: VisitorContext): void {
        count += 1;
        const id = `table-${count}`;
        const parent = ctx.parent(node);
        const index = ctx.indexOf(node);
        let prev: HastNode | undefined;
        if (parent?.children && index !== undefined) {
          for (let i = index - 1; i >= 0; i--) {
            const candidate = parent.children[i];
            if (candidate && candidate.type === 'text' && !(candidate.value ?? '').trim()) continue;
            prev = candidate;
            break;
          }
        }
        const existing = (node.children ?? []).find((c) => isElement(c, 'caption'));
        const title = existing ? undefined : boldTitle(prev);
        if (existing) ctx.setProperty(existing, 'id', id);
        if (title) {
          ctx.prependChild(node, {
            type: 'element',
            tagName: 'caption',
            properties: { id },
            children: [{ type: 'text', value: title }],
          });
          ctx.removeNode(prev!);
        }
        const label = existing || title ? { ariaLabelledBy: id } : { ariaLabel: `表格 ${count}` };
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ...label },
          children: [],
        });
      },
    },
  };
}
