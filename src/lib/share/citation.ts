// 如何引用: a reference to one page of this site in the form of GB/T 7714-2015 for an electronic resource
// (电子资源, [EB/OL]). The builder is a pure function of plain fields, so the pages can feed it from whatever
// register of source documents the data has (plan, report and dataset front matter today).

/** What the reader writes in place of the access date: GB/T 7714 asks for the date the page was read. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

/** The sentence under a reference telling the reader what to put in the placeholder. */
export const ACCESS_DATE_NOTE = `引用时请把方括号里的“${ACCESS_DATE_PLACEHOLDER}”换成您查看本页的日期，写成“年-月-日”，例如 [2025-01-31]。`;

/** The fields of one reference. */
export interface CitationFields {
  /** 主要责任者: the organisations that wrote the source document, full names (丽水市残疾人联合会). */
  authors: readonly string[];
  /** 题名: the source document's title, verbatim. */
  title: string;
  /** 其他题名信息: the part of the document the page shows (one indicator, one table); joined with “：”. */
  part?: string;
  /** 出版者: this site's name. */
  site: string;
  /** Publication date of the source document (YYYY-MM-DD), only where the document gives it. */
  published?: string;
  /** The page's absolute address. */
  url: string;
}

/**
 * GB/T 7714-2015 lists at most three authors, then “等”; they are separated by “, ”. Repeated names (a dataset from
 * two documents of one federation) are named once.
 */
function authorList(authors: readonly string[]): string {
  const unique = [...new Set(authors.map((a) => a.trim()).filter(Boolean))];
  return unique.length > 3 ? `${unique.slice(0, 3).join(', ')}, 等` : unique.join(', ');
}

/**
 * The reference as one line, e.g. `丽水市残疾人联合会. 丽水市残疾人事业发展“十四五”规划：困难残疾人生活补贴覆盖率[EB/OL].
 * 残疾人联合会公开信息网. (2021-12-16)[引用日期]. https://…/plans/…/`. The date in round brackets is the source
 * document's publication date and is left out when the document gives none; the access date is a placeholder the
 * reader fills in (ACCESS_DATE_NOTE). No full stop after the address, so copying it never takes one along.
 */
export function citation(fields: CitationFields): string {
  const authors = authorList(fields.authors);
  const title = fields.part && fields.part !== fields.title ? `${fields.title}：${fields.part}` : fields.title;
  const date = fields.published ? `(${fields.published})` : '';
  return `${authors ? `${authors}. ` : ''}${title}[EB/OL]. ${fields.site}. ${date}[${ACCESS_DATE_PLACEHOLDER}]. ${fields.url}`;
}
