// /admin/config.yml: the browser editor's configuration, generated at build time from the check's schemas
// (src/lib/cms/config.ts) and the git host of the build's environment (src/lib/cms/backend.ts). Never committed.
import { stringify } from 'yaml';
import { backendFromEnv } from '../../lib/cms/backend.ts';
import { cmsConfig } from '../../lib/cms/config.ts';
import { orgsByName } from '../../site/orgs.ts';

export async function GET(): Promise<Response> {
  const orgs = (await orgsByName()).map((o) => ({ id: o.id, name: o.data.name }));
  const config = cmsConfig({ backend: backendFromEnv(process.env), orgs });
  const text = `# 由 src/lib/cms/config.ts 根据检查程序的数据格式生成，请勿手改。\n${stringify(config, { lineWidth: 0 })}`;
  return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}
