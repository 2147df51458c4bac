// How a file says "every organisation" (a national guide's 适用地区): `all`, or a list of only `all`, which the
// browser editor's choice list writes. One reading for the schema and for the ownership of files.

/** The word for every organisation. */
export const ALL_ORGS = 'all';

/** True when a raw `orgs` value means every organisation: `all` or `[all]`. */
export function meansAllOrgs(value: unknown): boolean {
  return value === ALL_ORGS || (Array.isArray(value) && value.length === 1 && value[0] === ALL_ORGS);
}
