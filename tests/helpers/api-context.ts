import type { ApiContext } from '../../src/lib/core/api.ts';

/** An API context for unit tests: addresses under https://example.org/, documents named by number only. */
export const testApiContext: ApiContext = {
  abs: (path) => new URL(path, 'https://example.org/').href,
  document: (id) => ({ id, title: `文件${id}` }),
  documentOfFile: () => undefined,
};
