import { globSync } from 'tinyglobby';

/**
 * Where the files of one kind live: a folder of the project and glob patterns relative to it, exactly the
 * `{ base, pattern }` that Astro's `glob()` loader takes. Each kind declares it once; `checkSite` lists the files
 * of a kind with it and `src/content.config.ts` hands the same object to the collection's loader, so the check
 * can never accept a file the site would not load (issue 14, class 4).
 */
export interface FileGlob {
  /** Project-relative folder, forward slashes, no leading `./` (e.g. `data/orgs`). */
  base: string;
  /** Patterns relative to `base`; a leading `!` excludes (as in Astro's loader, e.g. `!**\/README.md`). */
  pattern: string[];
}

/**
 * Project-relative paths of the files under `root` that `g` matches, listed the way Astro's glob loader lists a
 * collection (tinyglobby with the loader's options: case-sensitive, no dot files, no folders), so what the
 * check reads and what the build loads are one list by construction rather than by two matchers kept in step.
 */
export function listGlob(root: string, g: FileGlob): string[] {
  const found = globSync(g.pattern, { cwd: `${root}/${g.base}`, expandDirectories: false });
  return found.map((f) => `${g.base}/${f}`).sort();
}

/** Extensions of the files officials commit; an upper-case spelling (`.YAML`, `.Md`) is reported by name. */
export const CONTENT_EXTENSIONS = ['.md', '.yaml', '.yml', '.csv'];
