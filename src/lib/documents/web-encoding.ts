import sniffHtmlEncoding from 'html-encoding-sniffer';

/** A saved page's bytes as text, and how they were read (shown to the official by the dry run). */
export interface DecodedPage {
  text: string;
  /** The encoding the text was decoded with: `UTF-8`, `GB18030`, `UTF-16LE`… */
  encoding: string;
  /** Where the encoding came from, in Chinese: `网页声明（<meta charset>）`, `字节顺序标记（BOM）`, `未声明，按内容判断`. */
  source: string;
  /** Set when the page declares one encoding but its bytes are another (the declaration is then ignored). */
  mismatch?: string;
}

/** A page whose bytes cannot be read as text (an encoding this machine's decoder does not know). */
export class WebEncodingError extends Error {
  readonly label: string;
  constructor(label: string) {
    super(`unsupported encoding ${label}`);
    this.label = label;
  }
}

const NOT_FOUND = '\u0000none';
const BOMS: [string, number[]][] = [
  ['UTF-8', [0xef, 0xbb, 0xbf]],
  ['UTF-16LE', [0xff, 0xfe]],
  ['UTF-16BE', [0xfe, 0xff]],
];

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// GB2312 and GBK pages are decoded as GB18030, their superset: a GBK page often holds characters outside GB2312
// (生僻字 in names), and the WHATWG GBK decoder is the GB18030 decoder anyway.
const GB_FAMILY = new Set(['GBK', 'gb18030']);

function decodeAs(name: string, bytes: Uint8Array): string {
  const label = GB_FAMILY.has(name) ? 'gb18030' : name;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    throw new WebEncodingError(name);
  }
}

/**
 * Decodes a saved web page: the encoding comes from the BOM or the page's own `<meta charset>` /
 * `<meta http-equiv="Content-Type" content="…charset=…">` (found by the WHATWG prescan, as a browser does);
 * GB2312/GBK is decoded as GB18030. A page that declares nothing is read as strict UTF-8, else as GB18030.
 * A page that declares a legacy encoding but is valid UTF-8 with non-ASCII text (re-saved by an editor that
 * kept the old `<meta>`) is read as UTF-8, and the mismatch is reported.
 */
export function decodeWebPage(bytes: Uint8Array): DecodedPage {
  const bom = BOMS.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: NOT_FOUND });
  if (bom) {
    // TextDecoder drops the BOM itself.
    return { text: decodeAs(bom[0], bytes), encoding: bom[0], source: '字节顺序标记（BOM）' };
  }
  const utf8 = strictUtf8(bytes);
  if (sniffed === NOT_FOUND) {
    if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8', source: '未声明，按内容判断' };
    return {
      text: decodeAs('gb18030', bytes),
      encoding: 'GB18030',
      source: '未声明，不是 UTF-8，按 GB18030（兼容 GBK、GB2312）读取',
    };
  }
  const declared = `网页声明（${sniffed === 'GBK' ? 'GB2312/GBK' : sniffed}）`;
  if (sniffed === 'UTF-8') {
    if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8', source: declared };
    return {
      text: decodeAs('gb18030', bytes),
      encoding: 'GB18030',
      source: '未采用网页声明',
      mismatch: '网页声明为 UTF-8，但内容不是有效的 UTF-8，已按 GB18030（兼容 GBK、GB2312）读取',
    };
  }
  // Valid UTF-8 with non-ASCII bytes is practically never GBK text by chance.
  if (utf8 !== undefined && bytes.some((b) => b >= 0x80)) {
    return {
      text: utf8,
      encoding: 'UTF-8',
      source: '未采用网页声明',
      mismatch: `网页声明为 ${sniffed}，但内容是 UTF-8，已按 UTF-8 读取`,
    };
  }
  const encoding = GB_FAMILY.has(sniffed) ? 'GB18030' : sniffed;
  return { text: decodeAs(sniffed, bytes), encoding, source: declared };
}
