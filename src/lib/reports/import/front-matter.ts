import { stringify } from 'yaml';
import { reportSchema, type ReportKind } from '../schema.ts';

/** What the importer knows about a report, before it is written as front matter. */
export interface ReportMeta {
  title: string;
  /** The day this site publishes the report. */
  published: string;
  org: string;
  year: number;
  endYear?: number;
  kind: ReportKind;
  summary?: string;
  source: { title: string; publisher: string; published?: string; file: string };
}

/**
 * The front matter block (`---` … `---`) of an imported report, fields in the schema's order, validated against
 * the report schema so the importer never writes a file `npm run check` rejects. Throws on invalid data.
 */
export function frontMatter(meta: ReportMeta): string {
  const data = {
    title: meta.title,
    published: meta.published,
    org: meta.org,
    year: meta.year,
    ...(meta.endYear !== undefined ? { endYear: meta.endYear } : {}),
    kind: meta.kind,
    ...(meta.summary ? { summary: meta.summary } : {}),
    source: {
      title: meta.source.title,
      publisher: meta.source.publisher,
      ...(meta.source.published ? { published: meta.source.published } : {}),
      file: meta.source.file,
    },
  };
  reportSchema.parse(data);
  // lineWidth 0: long Chinese sentences stay on one line instead of being folded.
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}
