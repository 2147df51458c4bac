// What a committed file's bytes say it is, before it is read as text: officials rename Word, Excel, PDF and image
// files instead of converting them, and such a file read as text fills every message with garbage.

/** How many leading bytes are sniffed; enough for any signature and a fair sample of the content. */
const SAMPLE = 8000;

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Excel's "Unicode 文本" and Notepad's "Unicode" save UTF-16 with a byte-order mark; its NUL bytes are not binary. */
export const isUtf16 = (bytes: Uint8Array) => startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/** .docx/.xlsx/.et are zip archives; .doc/.xls/.wps are OLE compound files. */
export const isOfficeFile = (bytes: Uint8Array) =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** `%PDF-`: a PDF's first pages are often plain text, so the NUL test below may not catch it. */
export const isPdf = (bytes: Uint8Array) => startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);

/**
 * True for bytes that are not text: a NUL byte (images, archives), or control bytes (other than tab, line breaks,
 * form feed and ESC sequences' worth of stray ones) making up more than 2% of the sample. A text file with one
 * stray control character is text, and its line is named by the invisible-character check instead.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) controls++;
  }
  return controls >= 8 && controls * 50 > n;
}

/** The bytes as text with every byte kept as one character: enough to find ASCII markers and their lines. */
export function asciiView(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}
