/**
 * Groups items by a key in one pass, keeping the order of first appearance (of keys and of items within a key).
 * Filtering the whole list once per key is quadratic, which shows at national scale.
 */
export function groupInto<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
