// 按地区找残联 (issue 17, part 1): the directory page lists every organisation in data/orgs/ under the region above
// it, each linked to its page and with its contact details or the plain sentence that none is sourced; a
// national guide's summary box (到哪里办) links to the directory, and a local guide's names whom to contact.
// Read with JavaScript off, as a reader on an old phone would.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { DIST, useSite } from './harness.ts';
import { meansAllOrgs } from '../../src/lib/orgs/all-orgs.ts';

interface OrgFile {
  id: string;
  name: string;
  parentRegion: string;
  anonymised?: boolean;
  contact?: Record<string, { value: string }>;
}

const orgs: OrgFile[] = readdirSync('data/orgs')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join('data/orgs', f), 'utf8')) as OrgFile);

/** Guide ids whose front matter says `orgs: all` or `[all]` (national) or lists organisations (local). */
function guidesWhere(national: boolean): string[] {
  return readdirSync(join(DIST, 'guides'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((id) => {
      try {
        const text = readFileSync(join('content/guides', `${id}.md`), 'utf8');
        const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { orgs?: unknown };
        return meansAllOrgs(front.orgs) === national;
      } catch {
        return false;
      }
    });
}

describe('按地区找残联', () => {
  const site = useSite({ shared: { javaScript: false } });

  it('lists every organisation under the region above it, linked, with contacts or the no-contact sentence', async () => {
    assert.ok(orgs.length > 0, 'data/orgs 里没有机构');
    const page = await site.context.newPage();
    const res = await page.goto(`${site.url}/contacts/`);
    assert.equal(res?.status(), 200, '目录页 /contacts/ 不存在');
    assert.equal((await page.locator('h1').textContent())?.trim(), '按地区找残联');
    for (const org of orgs) {
      const entry = page.locator('article.org', { has: page.locator(`h3 a[href="/orgs/${org.id}/"]`) });
      assert.equal(await entry.count(), 1, `目录页没有列出 ${org.name}`);
      const region = await entry.evaluate((el) => el.closest('section')?.querySelector('h2')?.textContent?.trim());
      assert.equal(region, org.parentRegion, `${org.name} 没有列在“${org.parentRegion}”下`);
      const text = (await entry.textContent()) ?? '';
      if (org.anonymised) assert.match(text, /（原文匿名）/, `${org.name} 没有注明原文匿名`);
      const items = Object.values(org.contact ?? {});
      if (items.length === 0) assert.match(text, /本站没有找到有出处的联系方式/, `${org.name} 没有说明缺少联系方式`);
      for (const item of items) assert.ok(text.includes(item.value), `${org.name} 的“${item.value}”没有显示`);
    }
    await page.close();
  });

  it('a national guide links from 到哪里办 to the directory, and the link works', async () => {
    const [id] = guidesWhere(true);
    assert.ok(id, '没有全国通用的办事指南');
    const page = await site.context.newPage();
    await page.goto(`${site.url}/guides/${id}/`);
    const link = page.locator('.guide-summary a[href="/contacts/"]');
    assert.equal(await link.count(), 1, `/guides/${id}/ 的办事要点没有链接到按地区找残联`);
    await link.click();
    await page.waitForURL(`${site.url}/contacts/`);
    assert.equal((await page.locator('h1').textContent())?.trim(), '按地区找残联');
    await page.close();
  });

  it('a local guide names whom to contact in its summary box', async () => {
    const ids = guidesWhere(false);
    assert.ok(ids.length > 0, '没有地方办事指南');
    const page = await site.context.newPage();
    for (const id of ids) {
      await page.goto(`${site.url}/guides/${id}/`);
      const row = page.locator('.guide-summary .row', { has: page.locator('dt', { hasText: '联系方式' }) });
      assert.equal(await row.count(), 1, `/guides/${id}/ 的办事要点没有“联系方式”`);
      assert.ok((await row.locator('a[href^="/orgs/"]').count()) > 0, `/guides/${id}/ 的联系方式没有链接到机构页`);
    }
    await page.close();
  });
});
