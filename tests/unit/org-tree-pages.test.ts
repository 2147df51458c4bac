// The organisation tree on built pages. The real site has no parent links (no source names a federation above the
// seeds' ones that the site also holds), so a copy of the project gets a test-only province federation and
// 湖州市残联 names it as its parent; the build must then show the tree on both organisation pages, in the
// breadcrumbs and in the directory.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, copyWorkingTree, NODE } from '../setup/project-copy.ts';

let dir: string;
const page = (path: string) =>
  readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8')
    .replace(/ data-astro-cid-\w+/g, '')
    .replace(/<!--.*?-->/g, '');

describe('organisation tree on built pages', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'canlian-org-tree-'));
    copyWorkingTree(dir);
    writeFileSync(
      join(dir, 'data/orgs/test-province.yaml'),
      'id: test-province\nname: 浙江省残疾人联合会\nshortName: 浙江省残联\nlevel: province\nregion: 浙江省\nparentRegion: 中国\nsource: 测试用的机构，只在测试中构建。\n',
    );
    appendFileSync(join(dir, 'data/orgs/huzhou.yaml'), 'parent: test-province\n');
    const r = spawnSync(NODE, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env: buildEnv() });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the parent on the child page and in its breadcrumbs', () => {
    const html = page('orgs/huzhou');
    expect(html).toContain('<dt>上级残联</dt><dd><a href="/orgs/test-province/">浙江省残疾人联合会</a></dd>');
    const crumbs = html.slice(
      html.indexOf('aria-label="当前位置"'),
      html.indexOf('</nav>', html.indexOf('aria-label="当前位置"')),
    );
    expect(crumbs.indexOf('发布机构')).toBeLessThan(crumbs.indexOf('href="/orgs/test-province/"'));
  });

  it('lists the children on the parent page', () => {
    expect(page('orgs/test-province')).toMatch(
      /<h2 id="children">下级残联<\/h2><ul class="link-list"><li><a href="\/orgs\/huzhou\/">湖州市残疾人联合会<\/a> <span class="muted">（地市级）<\/span><\/li><\/ul>/,
    );
  });

  it('says in the directory which federation is above', () => {
    expect(page('contacts')).toContain(
      '服务地区：湖州市，上级残联：<a href="/orgs/test-province/">浙江省残疾人联合会</a>',
    );
  });

  it('leaves organisations without a parent as they were', () => {
    expect(page('orgs/lishui')).not.toContain('上级残联</dt>');
    expect(page('orgs/lishui')).not.toContain('下级残联');
  });
});
