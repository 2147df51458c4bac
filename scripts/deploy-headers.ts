// `npm run deploy:headers`: writes the sample host configurations in deploy/ from src/lib/security/csp.ts, so
// every host sends the same Content-Security-Policy as the pages' <meta> tag.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deployFiles } from '../src/lib/security/csp.ts';
import { backendFromEnv, gitOrigins } from '../src/lib/cms/backend.ts';

// The browser editor's policy names the git host it commits to (CMS_BACKEND, CMS_BASE_URL: see docs/cms.md).
for (const [path, text] of Object.entries(deployFiles(gitOrigins(backendFromEnv(process.env))))) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`已写入 ${path}`);
}
