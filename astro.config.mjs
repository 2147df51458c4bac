// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { addressFromSettingsText } from './src/lib/settings/public-address.ts';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentCheck } from './src/integrations/content-check.ts';
import { shardOutput } from './src/integrations/shard-output.ts';
import { CONTENT_MARKDOWN_FEATURES, sanitizeContentPlugin } from './src/lib/security/sanitize.ts';
import { tablesPlugin } from './src/lib/markdown/rehype-tables.ts';

// The public address is a setting (`url` in data/site.yaml): canonical links, the feed, the APIs, citations and
// embed codes are absolute URLs under it. `site.yml` is the other name the settings kind accepts.
const settingsFile = ['data/site.yaml', 'data/site.yml'].find((f) => existsSync(f));
const site = addressFromSettingsText(settingsFile && readFileSync(settingsFile, 'utf8'));

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No request to any other origin: no prefetch of remote assets, no dev toolbar in builds.
  devToolbar: { enabled: false },
  // Every script in its own file, never inlined into the page: the Content-Security-Policy has no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  // The content store in files of about 10 MB instead of one JSON module: a single module stops building at national
  // scale (about 100,000 files; see docs/benchmarks.md), and small files are what vitest and hosts handle best.
  experimental: { collectionStorage: 'chunked' },
  integrations: [contentCheck(), shardOutput(), mdx()],
  markdown: {
    syntaxHighlight: false,
    // Reports and guides are written by officials: raw HTML in them is parsed and cut down to an allowlist
    // (no script, style, frames, forms, event handlers, javascript:/data: addresses) before Astro adds heading ids.
    processor: satteri({ hastPlugins: [sanitizeContentPlugin(), tablesPlugin()], features: CONTENT_MARKDOWN_FEATURES }),
  },
});
