import { ID_PATTERN } from '../core/schema-common.ts';
import { orgCommitted } from '../orgs/committed.ts';
import { guideSchema } from './schema.ts';
import type { Problem } from '../core/problem.ts';
import { WHOLE_FILE } from '../core/problem.ts';
import type { CrossCheck } from '../core/file-kind.ts';
import { baseName, schemaKind } from '../core/yaml-kind.ts';
import { checkMarkdownBody } from '../markdown/body-check.ts';
import type { Guide as GuideData } from './schema.ts';
import { bodyTexts, frontMatterTexts, unsourcedFigures } from './body-figures.ts';

/** Service guides (办事指南): `content/guides/<id>.md`. */
export const guideKind = schemaKind({
  name: 'guide',
  label: '办事指南',
  // Sub-folders are listed so that a guide put in one is told to move (below) instead of being called unknown.
  files: { base: 'content/guides', pattern: ['**/*.md', '!**/README.md'] },
  schema: guideSchema,
  format: 'markdown',
  idFromPath: baseName,
  extra(guide, entry, body, bodyLine) {
    const problems: Problem[] = [];
    if (!/^content\/guides\/[^/]+\.md$/.test(entry.file)) {
      problems.push({
        file: entry.file,
        field: WHOLE_FILE,
        problem: '办事指南不能放在子文件夹里',
        fix: `把文件移到 content/guides/${entry.id}.md`,
      });
    }
    if (!ID_PATTERN.test(entry.id)) {
      problems.push({
        file: entry.file,
        field: '（文件名）',
        problem: `文件名“${entry.id}”不能用作网址`,
        fix: '文件名只用小写英文字母、数字和短横线，如 care-allowance.md',
      });
    }
    const texts = [...frontMatterTexts(guide, entry.lineOf), ...bodyTexts(body, bodyLine)];
    problems.push(
      ...unsourcedFigures(
        entry.file,
        texts,
        // Figures may come from the seed quotes or from the points of a basis document (held to the notes).
        [...guide.sources.map((s) => s.quote), ...guide.basis.flatMap((b) => b.points ?? [])],
      ),
    );
    if (body.trim() === '') {
      problems.push({
        file: entry.file,
        field: '（正文）',
        problem: '指南没有正文',
        fix: '在前置信息的 --- 之后用两三句大白话说明这项服务是什么、谁能办',
      });
    }
    problems.push(...checkMarkdownBody(entry.file, body, bodyLine));
    return problems;
  },
});

/** Every organisation a guide names in `orgs` exists in data/orgs/. */
export const guideOrgsExist: CrossCheck = (index) => {
  const problems: Problem[] = [];
  const known = index
    .byKind('org')
    .map((o) => o.id)
    .join('、');
  for (const entry of index.byKind('guide')) {
    const { orgs } = entry.data;
    if (orgs === 'all') continue;
    orgs.forEach((org, i) => {
      if (orgCommitted(index, org)) return;
      problems.push({
        file: entry.file,
        line: entry.lineOf(['orgs', i]),
        field: `orgs[${i}]`,
        problem: `机构“${org}”不存在`,
        fix: `改为 data/orgs/ 中已有的机构编号（${known}），适用于所有地区就写 orgs: all`,
      });
    });
  }
  return problems;
};

/** Every guide named in `related` exists, and is not the guide itself. */
export const guideRelatedExist: CrossCheck = (index) => {
  const problems: Problem[] = [];
  for (const entry of index.byKind('guide')) {
    const { related } = entry.data;
    related.forEach((id, i) => {
      const where = { file: entry.file, line: entry.lineOf(['related', i]), field: `related[${i}]` };
      if (id === entry.id) {
        problems.push({ ...where, problem: '相关指南写了自己', fix: '删除这一行' });
      } else if (!index.get('guide', id)) {
        problems.push({
          ...where,
          problem: `相关指南“${id}”不存在`,
          fix: `改为 content/guides/ 中已有指南的文件名（不含 .md），或删除这一行`,
        });
      }
    });
  }
  return problems;
};

/**
 * An FAQ answer that sends readers to another guide (见“残疾人证换领”) names a guide that exists, by its exact
 * title; the page turns such mentions into links.
 */
export const guideMentionsExist: CrossCheck = (index) => {
  const problems: Problem[] = [];
  const titles = new Set(index.byKind('guide').map((e) => e.data.title));
  for (const entry of index.byKind('guide')) {
    entry.data.faq.forEach((f, i) => {
      for (const m of f.a.matchAll(/见“([^”]+)”/g)) {
        if (titles.has(m[1] ?? '')) continue;
        problems.push({
          file: entry.file,
          line: entry.lineOf(['faq', i, 'a']),
          field: `faq[${i}].a`,
          problem: `提到的指南“${m[1]}”不存在`,
          fix: '写成另一条指南的完整名称（它的 title），或删去“见……”',
        });
      }
    });
  }
  return problems;
};

declare module '../core/file-kind.ts' {
  interface KindData {
    guide: GuideData;
  }
}
