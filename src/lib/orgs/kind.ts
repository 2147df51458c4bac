import { orgSchema } from './schema.ts';
import { baseName, schemaKind } from '../core/yaml-kind.ts';
import type { Org } from './schema.ts';

/** Organisations: `data/orgs/<id>.yaml`. */
export const orgKind = schemaKind({
  name: 'org',
  label: '机构',
  files: { base: 'data/orgs', pattern: ['*.yaml', '*.yml'] },
  schema: orgSchema,
  format: 'yaml',
  idFromPath: baseName,
  extra(org, entry) {
    if (org.id === entry.id) return [];
    return [
      {
        file: entry.file,
        line: entry.lineOf(['id']),
        field: 'id',
        problem: `编号“${org.id}”与文件名“${entry.id}”不一致`,
        fix: `把 id 改为 ${entry.id}，或把文件改名为 ${org.id}.yaml`,
      },
    ];
  },
});

declare module '../core/file-kind.ts' {
  interface KindData {
    org: Org;
  }
}
