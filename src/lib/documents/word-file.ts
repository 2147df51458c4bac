import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readDocx } from './docx.ts';
import { DocumentError } from './document-error.ts';
import { convertToDocx, findSoffice } from './soffice.ts';
import type { ReadDocument } from './types.ts';

/** File extensions read as Word documents. */
export const WORD_EXTENSIONS = ['.docx', '.doc', '.wps'] as const;

// A .docx is a zip (PK\x03\x04); anything else named .doc/.wps/.docx (Word 97 binary, RTF, WPS) goes to LibreOffice.
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
// Word 97–2003 and WPS files are OLE compound files; Word also saves RTF under a .doc name. LibreOffice opens any
// other bytes as plain text, so those are refused before conversion rather than imported as garbage.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isOle = (b: Uint8Array) => OLE.every((x, i) => b[i] === x);
const isRtf = (b: Uint8Array) => new TextDecoder('latin1').decode(b.subarray(0, 5)) === '{\\rtf';

/**
 * Reads a Word file: a .docx directly ({@link readDocx}); an old .doc or a WPS .wps by converting it with
 * LibreOffice first ({@link convertToDocx}). The content decides, not the name: a .doc that is really a .docx is
 * read directly, and a .docx that is really a Word 97 file is converted. `env` tells where LibreOffice is
 * (`SOFFICE`, `PATH`). Throws `DocumentError`.
 */
export function readWordFile(path: string, shown: string, env: NodeJS.ProcessEnv = process.env): Promise<ReadDocument> {
  return readWord(readFileSync(path), shown, env);
}

/** {@link readWordFile} for bytes already read; `shown` (the file as named in messages) gives the extension. */
export async function readWord(
  bytes: Uint8Array,
  shown: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ReadDocument> {
  const ext = extname(shown).toLowerCase() || '.doc';
  // A damaged .docx gets the .docx reader's message.
  if (isZip(bytes) || (ext === '.docx' && !isOle(bytes) && !isRtf(bytes))) return readDocx(bytes, shown);
  if (!isOle(bytes) && !isRtf(bytes)) {
    throw new DocumentError(
      `这个文件的内容不是 Word 或 WPS 文档（扩展名是 ${ext}，但文件里不是 Word 的格式）`,
      '确认选对了文件、文件没有损坏；能用 Word 或 WPS 打开的，请“另存为” .docx 后再导入',
      shown,
    );
  }
  const doc = await readDocx(await convertToDocx(bytes, ext, shown, findSoffice(env)), shown);
  return {
    ...doc,
    format: `${doc.format}（${ext} 由 LibreOffice 转为 .docx 后读取）`,
    notes: [
      { line: 1, text: `${ext} 文件已由 LibreOffice 转为 .docx 后读取；自动编号和图片按转换结果，请与原文核对` },
      ...doc.notes,
    ],
  };
}
