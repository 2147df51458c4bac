// No text lost between source and page: for every report and guide of the real site and of every fixture site the
// check accepts, the Chinese characters and digits of the body's source are all in the visible text of the body as
// the site renders it (the renderer of astro.config.mjs, see tests/setup/render-markdown.ts). The check rejects
// what would remove text (src/lib/markdown/body-check.ts), so an accepted body may lose nothing; a new way of
// losing text fails here even before the check knows it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { parseMarkdownSource } from '../../src/lib/core/frontmatter.ts';
import { lostText, pageText, sourceText } from '../../src/lib/markdown/text-kept.ts';
import { renderBody } from '../setup/render-markdown.ts';
import { ROOT } from '../setup/project-copy.ts';

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? markdownFiles(p) : name.endsWith('.md') && name !== 'README.md' ? [p] : [];
  });
}

/** Every folder under tests/fixtures/ that is a site with reports or guides. */
function fixtureSites(dir: string): string[] {
  const here = ['reports', 'guides'].some((k) => existsSync(join(dir, 'content', k))) ? [dir] : [];
  const subs = readdirSync(dir).filter((n) => n !== 'content' && n !== 'data' && statSync(join(dir, n)).isDirectory());
  return [...here, ...subs.flatMap((n) => fixtureSites(join(dir, n)))];
}

// The hostile fixture is rejected by the check for its links and images alone (see hostile-content.test.ts); it
// stays in, because what the sanitiser keeps of it must still keep every character.
const HOSTILE = join(ROOT, 'tests/fixtures/hostile');
const sites = [ROOT, ...fixtureSites(join(ROOT, 'tests/fixtures'))].filter((site) =>
  site === HOSTILE
    ? checkSite(site).problems.every((p) => /网址不能发布|地址不在本站/.test(p.problem))
    : checkSite(site).problems.length === 0,
);
const bodies = sites.flatMap((site) =>
  ['reports', 'guides'].flatMap((k) => markdownFiles(join(site, 'content', k))).map((file) => relative(ROOT, file)),
);

describe('no text lost between source and page', () => {
  it('covers the real site and the accepted fixture sites', () => {
    expect(sites.map((s) => relative(ROOT, s) || '.')).toEqual(
      expect.arrayContaining(['.', 'tests/fixtures/valid', 'tests/fixtures/hostile']),
    );
    expect(bodies.filter((f) => f.startsWith('content/')).length).toBeGreaterThan(5);
  });

  it.each(bodies)('%s', async (file) => {
    const { body } = parseMarkdownSource(readFileSync(join(ROOT, file), 'utf8'), file);
    expect(lostText(sourceText(body), pageText(await renderBody(body)))).toBe('');
  });
});

describe('the comparison', () => {
  it('finds the text an unclosed <title> swallows, when the check is bypassed', async () => {
    const body = '第一段一二三。\n\n<title>标题\n\n第二段四五六，共７８９人。\n';
    expect(lostText(sourceText(body), pageText(await renderBody(body)))).toBe('标题第二段四五六共７８９人');
  });

  it('counts each character as often as it occurs, and ignores tags, attributes and code', () => {
    expect(lostText('一二二3', '二一3')).toBe('二');
    expect(lostText('一二', '二一')).toBe('');
    expect(lostText('二〇二三年 12 人', '二〇二三年 1 人')).toBe('2');
    expect(pageText('<p title="九">一<script>二</script><style>三</style><template>四</template>五</p>')).toBe('一五');
    expect(sourceText('<span lang="九">一</span><script>二</script>三\n').replace(/\s/g, '')).toBe('一三');
  });

  it('takes back the text of a script never closed, and subtracts what was reported removed', () => {
    expect(sourceText('一<script>\n\n二三\n')).toContain('二三');
    expect(lostText('一二三', '一', '二三')).toBe('');
    expect(lostText('一二三', '一', '二')).toBe('三');
  });
});
