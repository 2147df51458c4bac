import type { z } from 'zod';
import type { FileGlob } from './file-glob.ts';
import { parseMarkdownSource } from './frontmatter.ts';
import { BODY_FORBIDDEN, invisibleLineProblems } from './invisible.ts';
import { WHOLE_FILE, type Problem } from './problem.ts';
import { parseYamlSource } from './yaml-source.ts';
import { validateWithSchema } from './zod-problems.ts';
import type { Entry, FileKind } from './file-kind.ts';

interface SchemaKindOptions<S extends z.ZodType> {
  name: string;
  label: string;
  files: FileGlob;
  schema: S;
  /** `yaml` for data files, `markdown` for front matter + body. */
  format: 'yaml' | 'markdown';
  /** Derives the entry's id from its file path (and checks the path), e.g. `data/orgs/lishui.yaml` → `lishui`. */
  idFromPath(file: string): string;
  /**
   * Extra checks on one valid record, with access to its lines (e.g. id equals file name); `bodyLine` is the line
   * the markdown body starts on.
   */
  extra?(value: z.output<S>, entry: Entry<z.output<S>>, body: string, bodyLine: number): Problem[];
  /** See FileKind.required: the path of a file every site must have. */
  required?: string;
}

/** Builds a FileKind for YAML data files or markdown-with-front-matter files validated by one zod schema. */
export function schemaKind<S extends z.ZodType>(opts: SchemaKindOptions<S>): FileKind {
  return {
    name: opts.name,
    label: opts.label,
    files: opts.files,
    ...(opts.required ? { required: opts.required } : {}),
    load(file, text) {
      if (text.trim() === '') {
        // A file the site cannot do without is never to be deleted; others may be.
        const fix = opts.required
          ? `按${opts.label}的模板填写内容（网站必须有这个文件，不能删除）`
          : `按${opts.label}的模板填写内容，或删除这个文件`;
        return { entries: [], problems: [{ file, field: WHOLE_FILE, problem: '文件是空的', fix }] };
      }
      const src =
        opts.format === 'yaml'
          ? { ...parseYamlSource(text, file), body: '', bodyLine: 1 }
          : parseMarkdownSource(text, file);
      // Text fields are checked by their schemas; the body is checked here, line by line (see BODY_FORBIDDEN).
      const body = invisibleLineProblems(file, src.body, {
        firstLine: src.bodyLine,
        field: '（正文）',
        filter: BODY_FORBIDDEN,
      });
      if (src.problems.length) return { entries: [], problems: [...src.problems, ...body] };
      const { value, problems } = validateWithSchema(opts.schema, src.data, file, src.lineOf);
      if (!value) return { entries: [], problems: [...problems, ...body] };
      const entry: Entry<z.output<S>> = {
        kind: opts.name,
        id: opts.idFromPath(file),
        file,
        data: value,
        lineOf: src.lineOf,
      };
      return {
        entries: [entry],
        problems: [...body, ...(opts.extra ? opts.extra(value, entry, src.body, src.bodyLine) : [])],
      };
    },
  };
}

/** The file name without folder and extension. */
export function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}
