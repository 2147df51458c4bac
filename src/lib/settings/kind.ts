import { siteSchema } from './schema.ts';
import { schemaKind } from '../core/yaml-kind.ts';
import type { SiteConfig } from './schema.ts';

/** Site settings: `data/site.yaml`. */
export const siteKind = schemaKind({
  name: 'site',
  label: '网站设置',
  files: { base: 'data', pattern: ['site.yaml', 'site.yml'] },
  schema: siteSchema,
  format: 'yaml',
  idFromPath: () => 'site',
  required: 'data/site.yaml',
});

declare module '../core/file-kind.ts' {
  interface KindData {
    site: SiteConfig;
  }
}
