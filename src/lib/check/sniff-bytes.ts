// What a committed file's bytes say it is, before it is read as text: officials rename Word, Excel, PDF and image
// files instead of converting them, and such a file read as text fills every message with garbage.

/** How many leading bytes are sniffed; enough for any signature and a fair sample of the content. */
const SAMPLE = 8000;

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Excel's "Unicode 文本" and Notepad's "Unicode" save UTF-16 with a byte-order mark; its NUL bytes are not binary. */
export const isUtf16 = (bytes: Uint8Array) => startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/** A zip archive (`PK\x03\x04`, or `PK\x05\x06` for an empty one): a plain .zip, or an Office file, which is one. */
export const isZip = (bytes: Uint8Array) =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);

/** True when the bytes contain `text` as ASCII (zip entry names are stored uncompressed, in every header). */
const containsAscii = (bytes: Uint8Array, text: string) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');

/**
 * .docx/.xlsx/.pptx and WPS's new formats are zip archives holding `[Content_Types].xml`; OpenDocument files
 * (.odt/.ods) begin with their `mimetype` entry; .doc/.xls/.wps/.et are OLE compound files. Any other zip is a
 * plain archive, not to be called a Word or Excel file.
 */
export const isOfficeFile = (bytes: Uint8Array) =>
  (isZip(bytes) &&
    (containsAscii(bytes, '[Content_Types].xml') ||
      containsAscii(bytes, 'mimetypeapplication/vnd.oasis.opendocument'))) ||
  startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Line breaks written as CR alone (classic Mac OS, some old exporters): at least one CR byte and no LF byte. In
 * UTF-8 and GBK the bytes 0x0D and 0x0A never occur inside a multi-byte character, so the bytes settle it.
 */
export function crOnly(bytes: Uint8Array): boolean {
  return bytes.includes(0x0d) && !bytes.includes(0x0a);
}

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
