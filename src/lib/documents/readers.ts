import { extname } from 'node:path';
import { readPdf } from './pdf.ts';
import { readText } from './text.ts';
import type { ReadDocument } from './types.ts';
import { readWebPage } from './web-page.ts';
import { readWord } from './word-file.ts';

/** Reads the bytes of one file format into a document. Throws when the file cannot be read as that format. */
export type Reader = (bytes: Uint8Array, name: string) => ReadDocument | Promise<ReadDocument>;

/**
 * The reader of each file extension: the one place where a new format plugs in, for `npm run figures` and for the
 * words-kept test over every fixture (which fails on a fixture whose extension has no reader here).
 * Word files (.docx, and .doc/.wps through LibreOffice) go to the Word reader (`word-file.ts`).
 */
export const READERS: Record<string, Reader> = {
  '.txt': readText,
  '.md': readText,
  '.docx': (bytes, name) => readWord(bytes, name),
  '.doc': (bytes, name) => readWord(bytes, name),
  '.wps': (bytes, name) => readWord(bytes, name),
  '.pdf': readPdf,
  '.html': readWebPage,
  '.htm': readWebPage,
};

/** Extensions of documents an official may hand in, read or not yet. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx', '.doc', '.wps', '.pdf', '.html', '.htm'];

/** The reader for a file name, by extension (case-insensitive), or undefined. */
export function readerFor(name: string): Reader | undefined {
  return READERS[extname(name).toLowerCase()];
}
