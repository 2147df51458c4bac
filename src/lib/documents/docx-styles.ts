import { attr, childOf, childrenOf, intVal, onOff, wPath, wVal } from './docx-xml.ts';

/** What a paragraph style means for the reader. */
export type StyleRole = 'title' | 'caption' | 'toc';

/** Numbering a style brings to its paragraphs (a heading style linked to a multi-level list). */
export interface StyleNumbering {
  numId: string;
  ilvl?: number;
}

interface Style {
  id: string;
  name: string;
  basedOn?: string;
  /** `w:outlineLvl` of the style's own paragraph properties (0 = level 1, 9 = body text). */
  outlineLvl?: number;
  numbering?: StyleNumbering;
  vanish?: boolean;
  /** `w:b` of the style's run properties. */
  bold?: boolean;
  /** `w:jc` of the style's paragraph properties (`center`, `both`…). */
  jc?: string;
}

// Word writes the built-in English names (`heading 1`, `Title`, `caption`, `toc 1`) whatever the UI language;
// WPS and older Chinese Word versions may write the Chinese ones (`标题 1`, `标题`, `题注`, `目录 1`).
const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;
const HEADING_ID = /^heading([1-9])$/i;
const ROLE_NAMES: [RegExp, StyleRole][] = [
  [/^(?:title|标题)$/i, 'title'],
  [/^(?:caption|题注)$/i, 'caption'],
  [/^(?:toc\s*[1-9]|toc heading|目录\s*[1-9]|目录标题)$/i, 'toc'],
];

/** The paragraph and character styles of `styles.xml`, with inheritance (`w:basedOn`) resolved on demand. */
export class Styles {
  private readonly byId = new Map<string, Style>();
  /** The style a paragraph without `w:pStyle` has (Normal, 正文). */
  readonly defaultParagraph?: string;

  constructor(doc: Document | undefined) {
    let def: string | undefined;
    for (const s of doc ? childrenOf(doc.documentElement, 'w', 'style') : []) {
      const id = attr(s, 'w', 'styleId');
      if (!id) continue;
      const pPr = childOf(s, 'w', 'pPr');
      const numPr = childOf(pPr, 'w', 'numPr');
      const numId = wVal(numPr, 'numId');
      this.byId.set(id, {
        id,
        name: (wVal(s, 'name') ?? '').trim(),
        basedOn: wVal(s, 'basedOn'),
        outlineLvl: intVal(pPr, 'outlineLvl'),
        numbering: numId !== undefined ? { numId, ilvl: intVal(numPr, 'ilvl') } : undefined,
        vanish: onOff(wPath(s, 'rPr'), 'vanish'),
        bold: onOff(wPath(s, 'rPr'), 'b'),
        jc: wVal(pPr, 'jc'),
      });
      const type = attr(s, 'w', 'type');
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(attr(s, 'w', 'default') ?? '')) def ??= id;
    }
    this.defaultParagraph = def;
  }

  /** The style and the styles it is based on, nearest first (cycles cut). */
  private chain(id: string | undefined): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    for (
      let s = id === undefined ? undefined : this.byId.get(id);
      s && !seen.has(s.id);
      s = s.basedOn ? this.byId.get(s.basedOn) : undefined
    ) {
      seen.add(s.id);
      out.push(s);
    }
    return out;
  }

  /** The display name of a style (for messages), or its id. */
  nameOf(id: string): string {
    return this.byId.get(id)?.name || id;
  }

  /**
   * The outline level (1–9) a paragraph style gives, or `undefined` for body text: the nearest style in the
   * chain that sets `w:outlineLvl` decides (9 = body text); otherwise a built-in heading name (`heading 2`,
   * `标题 2`) or id (`Heading2`).
   */
  headingLevel(id: string | undefined): number | undefined {
    for (const s of this.chain(id)) {
      if (s.outlineLvl !== undefined) return s.outlineLvl >= 0 && s.outlineLvl <= 8 ? s.outlineLvl + 1 : undefined;
      const m = HEADING_NAME.exec(s.name) ?? (s.name ? null : HEADING_ID.exec(s.id));
      if (m) return Number(m[1]);
    }
    return undefined;
  }

  /** Title, caption or table-of-contents style, by the name of the style or one it is based on. */
  role(id: string | undefined): StyleRole | undefined {
    for (const s of this.chain(id)) {
      for (const [re, role] of ROLE_NAMES) if (re.test(s.name) || (!s.name && re.test(s.id))) return role;
    }
    return undefined;
  }

  /** The numbering a paragraph style applies (its own or inherited `w:numPr`). */
  numbering(id: string | undefined): StyleNumbering | undefined {
    for (const s of this.chain(id)) if (s.numbering) return s.numbering;
    return undefined;
  }

  /** The paragraph alignment a style gives (`w:jc`), nearest first. */
  justification(id: string | undefined): string | undefined {
    for (const s of this.chain(id)) if (s.jc !== undefined) return s.jc;
    return undefined;
  }

  /** Whether a style (paragraph or character) makes its text bold (`w:b`), or `undefined` when none says. */
  bold(id: string | undefined): boolean | undefined {
    for (const s of this.chain(id)) if (s.bold !== undefined) return s.bold;
    return undefined;
  }

  /** Whether a style (paragraph or character) makes its text hidden (`w:vanish`). */
  hidden(id: string | undefined): boolean {
    for (const s of this.chain(id)) if (s.vanish !== undefined) return s.vanish;
    return false;
  }
}
