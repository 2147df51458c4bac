import { extname } from 'node:path';
import { docxToText } from '../import/docx.ts';
import { readPdf } from './pdf.ts';
import { readText, textToDocument } from './text.ts';
import type { ReadDocument } from './types.ts';

/** Reads the bytes of one file format into a document. Throws when the file cannot be read as that format. */
export type Reader = (bytes: Uint8Array, name: string) => ReadDocument | Promise<ReadDocument>;

/**
 * The reader of each file extension: the one place where a new format plugs in, for `npm run figures` and for the
 * words-kept test over every fixture (which fails on a fixture whose extension has no reader here).
 * `.docx` is still the mammoth text path until the Word reader replaces it.
 */
export const READERS: Record<string, Reader> = {
  '.txt': readText,
  '.md': readText,
  '.docx': async (bytes) => textToDocument(await docxToText(bytes), 'Word 文件'),
  '.pdf': readPdf,
};

/** Extensions of documents an official may hand in, read or not yet. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx', '.doc', '.wps', '.pdf', '.html', '.htm'];

/** The reader for a file name, by extension (case-insensitive), or undefined. */
export function readerFor(name: string): Reader | undefined {
  return READERS[extname(name).toLowerCase()];
}
