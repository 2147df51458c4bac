/**
 * Names every JavaScript object already has (`__proto__`, `constructor`, `toString`…). Used as a column name or
 * key, such a name reads the object's own machinery instead of the data (a CSV cell shows `[object Object]`), so
 * names officials choose for columns are checked against this list.
 */
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** True when `name` is one of the names every object already has, and cannot be a column or key name. */
export function isReservedName(name: string): boolean {
  return RESERVED.has(name.trim());
}
