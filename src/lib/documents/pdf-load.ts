import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentError } from './document-error.ts';

/**
 * Loading a PDF's text layer with pdf.js (pdfjs-dist's legacy build, the one meant for Node) into positioned text
 * items. Only this file talks to pdf.js; everything after it works on plain `PdfItem`s, so the layout rules can be
 * tested with made-up items.
 */

/** One run of text as the PDF places it, in PDF points with y measured up from the page's bottom edge. */
export interface PdfItem {
  str: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** The font's own name without the subset tag (`NotoSerifCJKsc-Bold`, `SimHei`, `FZXBSJW--GB1-0`); '' if unknown. */
  font: string;
}

/** One page: its size and its items in content-stream order. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** Whether the page paints an image; looked at only for pages without text (a scan is images and no text). */
  hasImages: boolean;
}

/** What the document says about itself. */
export interface PdfInfo {
  title?: string;
  producer?: string;
}

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js without a worker thread: Node has no web Worker, so pdf.js runs its worker code in this thread (its
 * "fake worker"), loaded from the file named here.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    m.GlobalWorkerOptions.workerSrc = pathToFileURL(join(PDFJS_DIR, 'legacy/build/pdf.worker.mjs')).href;
    return m;
  });
  return pdfjs;
}

const OPEN_FIX = '用能打开它的 PDF 阅读器“另存为”或“打印为 PDF”后再导入；也可以向发文单位要 Word 原件（.docx）';

/** Turns pdf.js's load errors into the official's problem and fix. */
function loadError(e: unknown): DocumentError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') {
    return new DocumentError(
      '这个 PDF 设了打开密码（已加密），无法读取其中的文字',
      '请向发文单位要一份没有密码的 PDF 或 Word 原件；知道密码时，用 PDF 阅读器输入密码打开后“打印为 PDF”另存一份再导入',
    );
  }
  return new DocumentError(
    '这个文件不是有效的 PDF，或者已经损坏，无法读取',
    `确认文件下载完整、能在浏览器里打开；${OPEN_FIX}`,
  );
}

/** `ABCDEF+NotoSansCJKsc-Bold` → `NotoSansCJKsc-Bold`. */
const withoutSubsetTag = (name: string) => name.replace(/^[A-Z]{6}\+/, '');

const IMAGE_OPS = (ops: PdfJs['OPS']) =>
  new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject]);

/**
 * Reads every page's text items with their position, size and font name. Font names come from the fonts pdf.js
 * loads for the page's operator list (the text content only carries pdf.js's own ids such as `g_d0_f3`).
 * Throws a `DocumentError` for an encrypted or broken file.
 */
export async function loadPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; info: PdfInfo }> {
  const lib = await loadPdfJs();
  const params = {
    // A plain Uint8Array copy: pdf.js refuses a Node Buffer and takes ownership of the array it is given.
    data: new Uint8Array(bytes),
    verbosity: lib.VerbosityLevel.ERRORS,
    cMapUrl: `${PDFJS_DIR}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_DIR}/standard_fonts/`,
    wasmUrl: `${PDFJS_DIR}/wasm/`,
    fontExtraProperties: true,
    isEvalSupported: false,
    stopAtErrors: false,
  } as Parameters<PdfJs['getDocument']>[0];
  let task: ReturnType<PdfJs['getDocument']> | undefined;
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    task = lib.getDocument(params);
    doc = await task.promise;
  } catch (e) {
    await task?.destroy().catch(() => undefined);
    throw loadError(e);
  }
  try {
    const meta = await doc.getMetadata().catch(() => undefined);
    const raw = (meta?.info ?? {}) as Record<string, unknown>;
    const info: PdfInfo = {};
    if (typeof raw.Title === 'string' && raw.Title.trim()) info.title = raw.Title.trim();
    if (typeof raw.Producer === 'string') info.producer = raw.Producer;
    const imageOps = IMAGE_OPS(lib.OPS);
    const pages: PdfPage[] = [];
    // pdf.js font ids (g_d0_f3) are document-wide, and their objects stay loaded once a page's operator list has
    // loaded them; building an operator list is the slow part (Chromium's Type 3 fonts), so it is built only for
    // a page that uses a font not yet named, or that has no text (to see whether it is a scan).
    const fonts = new Map<string, string>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [width, height] = [page.view[2]! - page.view[0]!, page.view[3]! - page.view[1]!];
      const content = await page.getTextContent();
      const texts = content.items.filter(
        (it): it is Extract<typeof it, { str: string }> => 'str' in it && it.str.trim() !== '',
      );
      let hasImages = false;
      if (texts.length === 0 || texts.some((it) => !fonts.has(it.fontName))) {
        const ops = await page.getOperatorList();
        hasImages = ops.fnArray.some((op) => imageOps.has(op));
      }
      const fontOf = (id: string): string => {
        let name = fonts.get(id);
        if (name === undefined) {
          try {
            const font = page.commonObjs.get(id) as { name?: unknown } | null;
            name = typeof font?.name === 'string' ? withoutSubsetTag(font.name) : '';
          } catch {
            name = '';
          }
          fonts.set(id, name);
        }
        return name;
      };
      const items: PdfItem[] = [];
      for (const it of texts) {
        const [a, b, c, d, e, f] = it.transform as number[];
        items.push({
          str: it.str,
          x: e! - page.view[0]!,
          y: f! - page.view[1]!,
          width: it.width,
          size: Math.hypot(c!, d!) || Math.hypot(a!, b!),
          font: fontOf(it.fontName),
        });
      }
      pages.push({ number: n, width, height, items, hasImages });
      page.cleanup();
    }
    return { pages, info };
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    throw loadError(e);
  } finally {
    await task!.destroy().catch(() => undefined);
  }
}
