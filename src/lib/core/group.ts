/**
 * Groups items by a key in one pass, keeping the order of first appearance (of keys and of items within a key).
 * Filtering the whole list once per key is quadratic, which shows at national scale.
 */
export function groupInto<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  return groupEach(items, (item) => [key(item)]);
}

const perList = new WeakMap<object, Map<string, unknown>>();

/**
 * Works out `make(list)` once per list and name. Pages that each need the same index of a shared, memoised list
 * (a map by id, the groups by organisation) would otherwise rebuild it on every page: quadratic at national scale.
 */
export function oncePer<L extends object, R>(list: L, name: string, make: (list: L) => R): R {
  let byName = perList.get(list);
  if (!byName) perList.set(list, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, make(list));
  return byName.get(name) as R;
}

/** Like groupInto, for items that belong to several keys (each key once per item). */
export function groupEach<T, K>(items: Iterable<T>, keys: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

/** Items by a unique key; where a key repeats, the first item wins, as a scan with `find` would. */
export function indexBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T> {
  const index = new Map<K, T>();
  for (const item of items) {
    const k = key(item);
    if (!index.has(k)) index.set(k, item);
  }
  return index;
}
