import type { Styles } from './docx-styles.ts';
import { attr, childOf, childrenOf, intVal, onOff, wVal } from './docx-xml.ts';
import { formatNumber } from './number-formats.ts';

/** One level of a list definition (`w:abstractNum/w:lvl`). */
interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** `w:lvlRestart`: restart after a level above this 1-based level is used; 0 = never; absent = any level above. */
  restart?: number;
  isLgl: boolean;
  suff: string;
  /** The paragraph style this level is linked to (a heading style in a multi-level heading list). */
  pStyle?: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** The number a paragraph shows, as Word renders it. */
export interface ListMarker {
  /** The rendered text, e.g. `一、`, `（二）`, `1.2.`, `①`; the bullet character for a bullet. */
  marker: string;
  /** What goes between the marker and the text: nothing after a full-width marker (`一、基本情况`), else a space. */
  separator: string;
  bullet: boolean;
  ilvl: number;
}

function readLevel(lvl: Element): Level {
  // Word 2010+ writes custom formats inside mc:AlternateContent with a standard format as the fallback.
  let numFmt = wVal(lvl, 'numFmt');
  if (numFmt === undefined) {
    const alt = childOf(lvl, 'mc', 'AlternateContent');
    numFmt = wVal(childOf(alt, 'mc', 'Fallback'), 'numFmt');
  }
  return {
    start: intVal(lvl, 'start') ?? 0,
    numFmt: numFmt ?? 'decimal',
    lvlText: wVal(lvl, 'lvlText') ?? '',
    restart: intVal(lvl, 'lvlRestart'),
    isLgl: onOff(lvl, 'isLgl') ?? false,
    suff: wVal(lvl, 'suff') ?? 'tab',
    pStyle: wVal(lvl, 'pStyle'),
  };
}

/**
 * The lists of `numbering.xml` and their counters. Paragraphs are fed in document order through {@link next},
 * which counts as Word does: numbering instances (`w:num`) of the same list definition continue one another unless
 * one sets a start override (Word's 重新开始编号), and a level restarts when a level above it is used (unless
 * `w:lvlRestart` says otherwise).
 */
export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** Formats met that {@link formatNumber} does not know (written as decimal). */
  readonly unknownFormats = new Set<string>();

  private readonly styles: Styles;

  constructor(doc: Document | undefined, styles: Styles) {
    this.styles = styles;
    if (!doc) return;
    for (const a of childrenOf(doc.documentElement, 'w', 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childrenOf(a, 'w', 'lvl')) levels.set(Number(attr(lvl, 'w', 'ilvl') ?? 0), readLevel(lvl));
      this.abstracts.set(attr(a, 'w', 'abstractNumId') ?? '', { levels, numStyleLink: wVal(a, 'numStyleLink') });
    }
    for (const n of childrenOf(doc.documentElement, 'w', 'num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of childrenOf(n, 'w', 'lvlOverride')) {
        const lvl = childOf(o, 'w', 'lvl');
        overrides.set(Number(attr(o, 'w', 'ilvl') ?? 0), {
          start: intVal(o, 'startOverride'),
          level: lvl ? readLevel(lvl) : undefined,
        });
      }
      this.nums.set(attr(n, 'w', 'numId') ?? '', { abstractId: wVal(n, 'abstractNumId') ?? '', overrides });
    }
  }

  /** The list definition of a numbering instance, following a numbering style link (`w:numStyleLink`) once. */
  private abstractOf(num: Num): AbstractNum | undefined {
    const a = this.abstracts.get(num.abstractId);
    if (!a?.numStyleLink) return a;
    const linked = this.styles.numbering(a.numStyleLink);
    const target = linked && this.nums.get(linked.numId);
    return (target && this.abstracts.get(target.abstractId)) ?? a;
  }

  private level(num: Num, ilvl: number): Level | undefined {
    const o = num.overrides.get(ilvl);
    const base = o?.level ?? this.abstractOf(num)?.levels.get(ilvl);
    return base && o?.start !== undefined ? { ...base, start: o.start } : base;
  }

  /** The level of list `numId` linked to paragraph style `styleId` (`w:lvl/w:pStyle`), else 0. */
  levelForStyle(numId: string, styleId: string | undefined): number {
    const num = this.nums.get(numId);
    const a = num && this.abstractOf(num);
    for (const [ilvl, l] of a?.levels ?? []) if (styleId !== undefined && l.pStyle === styleId) return ilvl;
    return 0;
  }

  private format(n: number, fmt: string): string {
    const s = formatNumber(n, fmt);
    if (s !== undefined) return s;
    this.unknownFormats.add(fmt);
    return String(n);
  }

  /**
   * Counts a paragraph of list `numId` at level `ilvl` and returns the marker it shows, or `undefined` when the
   * list or level is not defined (Word shows no number then).
   */
  next(numId: string, ilvl: number): ListMarker | undefined {
    const num = this.nums.get(numId);
    const level = num && this.level(num, ilvl);
    if (!num || !level) return undefined;
    const key = [...num.overrides.values()].some((o) => o.start !== undefined)
      ? `num:${numId}`
      : `abs:${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? level.start : current + 1;
    for (let j = ilvl + 1; j < Math.max(counts.length, 9); j++) {
      const r = this.level(num, j)?.restart;
      if (r === undefined || (r !== 0 && ilvl < r)) counts[j] = undefined;
    }
    if (level.numFmt === 'bullet') return { marker: level.lvlText, separator: ' ', bullet: true, ilvl };
    const marker = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = this.level(num, k);
      const value = counts[k] ?? l?.start ?? 0;
      return this.format(value, level.isLgl ? 'decimal' : (l?.numFmt ?? 'decimal'));
    });
    // A tab after a full-width marker (一、 （一）) reads as nothing in Chinese text; a space Word is told to put
    // there (w:suff space: 第一章 总则) is kept.
    const last = marker.codePointAt(marker.length - 1) ?? 0;
    const separator =
      level.suff === 'nothing' || marker === '' || (last >= 0x2e80 && level.suff !== 'space') ? '' : ' ';
    return { marker, separator, bullet: false, ilvl };
  }
}
