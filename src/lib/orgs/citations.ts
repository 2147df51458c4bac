import type { Citer } from '../core/source-ref.ts';
import { CONTACT_LABELS, type ContactField } from './contact.ts';

/** Where an organisation names source documents: `document` and each contact item's `source.document`. */
export const orgCitations: Citer = {
  kind: 'org',
  cites(e) {
    const own = e.data.document ? [{ document: e.data.document, line: e.lineOf(['document']), field: 'document' }] : [];
    const contact = e.data.contact ?? {};
    const items = (Object.keys(CONTACT_LABELS) as ContactField[]).flatMap((field) => {
      const item = contact[field];
      return item
        ? [
            {
              document: item.source.document,
              line: e.lineOf(['contact', field, 'source', 'document']),
              field: `contact.${field}.source.document`,
            },
          ]
        : [];
    });
    return [...own, ...items];
  },
};
