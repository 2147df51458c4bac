import { sourceDocumentSchema } from './schema.ts';
import { baseName, schemaKind } from '../core/yaml-kind.ts';
import type { SourceDocument } from './schema.ts';

/** The register of source documents: `data/sources/<id>.yaml`, one per document (`003.yaml`). */
export const sourceKind = schemaKind({
  name: 'source',
  label: '来源文件登记',
  files: { base: 'data/sources', pattern: ['*.yaml', '*.yml'] },
  schema: sourceDocumentSchema,
  format: 'yaml',
  idFromPath: baseName,
  extra(doc, entry) {
    if (doc.id === entry.id) return [];
    return [
      {
        file: entry.file,
        line: entry.lineOf(['id']),
        field: 'id',
        problem: `编号“${doc.id}”与文件名“${entry.id}”不一致`,
        fix: `把 id 改为 "${entry.id}"，或把文件改名为 ${doc.id}.yaml`,
      },
    ];
  },
});

declare module '../core/file-kind.ts' {
  interface KindData {
    source: SourceDocument;
  }
}
