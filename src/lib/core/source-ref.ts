import { z } from 'zod';
import { msg } from './problem.ts';
import { plainString, rejectInvisible } from './schema-common.ts';
import type { Entry, EntryIndex, KindData, KindName } from './file-kind.ts';

/** Seed documents are named by their three-digit number (see sources/README.md). */
export const SEED_DOCUMENT_PATTERN = /^\d{3}$/;

/**
 * A seed document id such as `001`. YAML reads an unquoted 001 as the number 1, so the three digits are restored;
 * anything else (a file name, the research notes) is rejected with what to write instead.
 */
export const seedDocumentSchema = z
  .union([z.string(), z.number()], msg('document 应为文字', '写来源文件的三位编号，如 "001"'))
  .transform((v) => (typeof v === 'number' ? String(v).padStart(3, '0') : v.trim()))
  .pipe(
    plainString().refine(
      (v) => SEED_DOCUMENT_PATTERN.test(v),
      msg('来源文件写法不对', '写三位文件编号，如 "001"；调研笔记不是来源文件，不能写在这里'),
    ),
  );

/** Where one fact comes from: a seed document and the sentence in it, copied word for word. */
export const sourceRefSchema = z
  .object(
    {
      /** A seed document id such as `001`. */
      document: seedDocumentSchema,
      /** The sentence that states the fact, verbatim from the document. */
      quote: z
        .string(msg('缺少原句', '在 source 下写 quote: 来源文件中写明这一项的句子，一字不改地照抄'))
        .superRefine(rejectInvisible)
        .trim()
        .min(1, msg('原句是空的', '在 quote 中照抄来源文件中写明这一项的句子')),
    },
    msg('source 应写成两行', '在 source 下写 document: "001" 和 quote: 原文中写明这一项的句子'),
  )
  .strict();

export type SourceRef = z.output<typeof sourceRefSchema>;

/**
 * One place a committed file names a source document: the document id, and the line and field to name in a
 * message. Each feature lists the citations of its own entries (its `…Citations` function beside its kind), so
 * the check that every cited document is in the register (`src/lib/sources/checks.ts`) knows no feature's shape.
 */
export interface Citation {
  document: string;
  line: number;
  field: string;
}

/** A figure's value as data: numbers as JavaScript writes them (1314.4535, 99), so both sides compare exactly. */
export const figureValue = (v: number | string): string => String(v);

/** The citations of the entries of one kind: `cites` lists where an entry names a source document. */
export type Citer = {
  [K in KindName]: { kind: K; cites(entry: Entry<KindData[K]>, index: EntryIndex): Citation[] };
}[KindName];
