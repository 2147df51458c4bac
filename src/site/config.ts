import { checkSite } from '../lib/check/check-site.ts';
import { formatProblem } from '../lib/core/problem.ts';
import type { SiteConfig } from '../lib/settings/schema.ts';

let cached: SiteConfig | undefined;

/**
 * The site settings (`data/site.yaml`, or `site.yml`), taken from the same memoised check the build has just run,
 * so the file is found by the settings kind's own declaration rather than by a path written here a second time.
 */
export function siteConfig(root = process.cwd()): SiteConfig {
  if (cached) return cached;
  const { problems, index } = checkSite(root, ['data/site.yaml', 'data/site.yml']);
  const entry = index.get('site', 'site');
  if (!entry) {
    const why = problems.length
      ? problems.map(formatProblem).join('\n')
      : 'data/site.yaml: （整个文件） — 缺少网站设置文件 — 按模板添加 data/site.yaml';
    throw new Error(`网站设置有问题：\n${why}`);
  }
  cached = entry.data;
  return cached;
}
