import type { Problem } from './problem.ts';
import type { FileGlob } from './file-glob.ts';
import type { DataPath } from './yaml-source.ts';

/** One validated record loaded from a committed file (an organisation, a report, an indicator…). */
export interface Entry<T = unknown> {
  /** The kind's name, e.g. `org`. */
  kind: string;
  /** The record's id, unique within its kind. */
  id: string;
  /** Project-relative path of the file it came from. */
  file: string;
  /** The validated data. */
  data: T;
  /** Line of a field within the file, for cross-reference errors. */
  lineOf(path: DataPath): number;
}

/** A kind of file officials commit: where it lives and how to read and validate it. */
export interface FileKind {
  /** Short machine name, e.g. `org`. */
  name: string;
  /** Chinese name used in messages, e.g. 机构. */
  label: string;
  /**
   * Where files of this kind live, declared once: the check lists them with it, and content.config.ts passes
   * the same object to the collection's glob() loader for kinds that are collections.
   */
  files: FileGlob;
  /**
   * For a file every site must have (the site settings): where it goes. The check of a whole project (a folder
   * with package.json) reports it missing; the build would otherwise stop on it with no file and line to fix.
   */
  required?: string;
  /** True for kinds that decode bytes themselves (CSV may be GB18030); others must be UTF-8. */
  anyEncoding?: boolean;
  /** Reads and validates one file. `bytes` is the raw content for kinds that care about encodings. */
  load(file: string, text: string, bytes: Uint8Array): { entries: Entry[]; problems: Problem[] };
}

/**
 * The data each kind of entry carries, by kind name. Empty here: each feature adds its own kinds by declaration
 * merging beside its `FileKind` (`declare module '../core/file-kind.ts' { interface KindData { org: Org } }`), so
 * core knows no feature, `byKind('dataset')` is typed without a cast, and a misspelt kind does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface KindData {}

/** The name of a kind of entry (`org`, `report`, `indicator`…). */
export type KindName = keyof KindData;

/** Every validated entry, by kind and id, for cross-reference checks. */
export interface EntryIndex {
  all: Entry[];
  byKind<K extends KindName>(kind: K): Entry<KindData[K]>[];
  get<K extends KindName>(kind: K, id: string): Entry<KindData[K]> | undefined;
  /**
   * True when a file with this project-relative path was committed, valid or not. Checks that pair files use it
   * so that a broken partner is reported once, for its own problem, rather than as missing.
   */
  hasFile(file: string): boolean;
  /**
   * True when a regular file (not a folder or symlink) exists at this project-relative path anywhere in the
   * project, e.g. a source document under `sources/` that the register names. False when the index was built
   * without a project root.
   */
  projectFileExists(file: string): boolean;
}

/** A check across files (references, duplicates). Returns problems; only those in checked files are shown. */
export type CrossCheck = (index: EntryIndex) => Problem[];
