// Source documents are cited by id (`004`); the report imported from one keeps the original file name
// (`004_8ffbfc9c4165cab2.txt`). Pages look reports up by document id many times per build, so the lookup is a map
// built once per list rather than a scan per citation (quadratic at national scale).

const maps = new WeakMap<readonly unknown[], Map<string, unknown>>();

/** The document id an original file name carries: the part before the first `_` (`004_….txt` → `004`). */
export function documentIdOfFile(file: string): string {
  const at = file.indexOf('_');
  return at > 0 ? file.slice(0, at) : file;
}

/**
 * The first item of `items` (in list order) whose original file came from `document`, or undefined. `fileOf` gives
 * an item's original file name. The map is kept per list, so pass the same (memoised) list each time.
 */
export function findByDocument<T>(document: string, items: readonly T[], fileOf: (item: T) => string): T | undefined {
  let map = maps.get(items) as Map<string, T> | undefined;
  if (!map) {
    map = new Map();
    for (const item of items) {
      const id = documentIdOfFile(fileOf(item));
      if (!map.has(id)) map.set(id, item);
    }
    maps.set(items, map);
  }
  return map.get(document);
}
