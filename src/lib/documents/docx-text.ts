import mammoth from 'mammoth';
import { htmlToLines } from './html-lines.ts';

/**
 * Reads a Word .docx and returns its text as lines for the importer, tables as markdown table lines.
 * Throws when the file is not a readable .docx.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlToLines(value).join('\n');
}
