import { z } from 'zod';
import { msg } from '../core/problem.ts';
import { rejectInvisible, textSchema } from '../core/schema-common.ts';

/**
 * Id of a source document, e.g. `003`. YAML reads an unquoted `003` as the number 3, so numbers are accepted
 * and padded back to three digits (the documents are numbered 000, 001, …).
 */
export const documentIdSchema = z
  .union(
    [z.string().trim().min(1), z.number().int().nonnegative()],
    msg('文件编号格式不对', "写成 document: '003' 这样的编号（建议加英文引号）"),
  )
  .transform((v) => (typeof v === 'number' ? String(v).padStart(3, '0') : v))
  .superRefine(rejectInvisible);

/** Where one value comes from: the document and its sentence (or table row), verbatim. */
export const sourceRefSchema = z
  .object({
    /** Id of the source document, e.g. `003`. */
    document: documentIdSchema,
    /** The sentence or table row, copied verbatim (anonymised XX and X stay as written). */
    quote: textSchema,
    /** Where in the document, e.g. 主要指标表第4行 or 二、（一）3. */
    location: textSchema.optional(),
  })
  .strict();

export type SourceRef = z.output<typeof sourceRefSchema>;
