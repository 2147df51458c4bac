import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../lib/settings/schema.ts';

let cached: SiteConfig | undefined;

/** Reads `data/site.yaml` (already validated by the content check before any build). */
export function siteConfig(root = process.cwd()): SiteConfig {
  cached ??= siteSchema.parse(parse(readFileSync(join(root, 'data/site.yaml'), 'utf8')));
  return cached;
}
