// The bad-input corpus: every folder in tests/fixtures/invalid/ is a small site (data/ and content/) with
// something an official might commit by mistake. Every folder has an `expected.txt` that pins the exact messages,
// one per line, as `npm run check` prints them (this is the one place a fixture's messages are pinned); every
// folder must fail the check with messages that name the file, the field and the fix in Chinese. `npm run check`
// and the build are run on samples of the corpus.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite, kindsOfFiles, MAX_FILE_BYTES } from '../../src/lib/check/check-site.ts';
import { formatProblem, type Problem } from '../../src/lib/core/problem.ts';
import { FILE_KINDS } from '../../src/lib/check/registry.ts';
import { buildEnv, copyWorkingTree, NODE, ROOT as root } from '../setup/project-copy.ts';

const CORPUS = join(root, 'tests/fixtures/invalid');
const cases = readdirSync(CORPUS)
  .filter((name) => statSync(join(CORPUS, name)).isDirectory())
  .sort();
const pinned = cases.filter((name) => existsSync(join(CORPUS, name, 'expected.txt')));
const expected = (name: string) =>
  readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8')
    .trimEnd()
    .split('\n');
/** Cases whose messages look wrong and are waiting for a fix in the checker, so they are not pinned yet. */
const AWAITING_FIX: string[] = [];
const results = new Map(cases.map((name) => [name, checkSite(join(CORPUS, name)).problems]));
const problemsOf = (name: string): Problem[] => results.get(name) ?? [];

const CJK = /[\u4e00-\u9fff]/;
// A sentence-like run of English words would mean a message leaked through untranslated (zod, yaml, papaparse).
const ENGLISH_SENTENCE = /\b[A-Za-z]{3,}(?: [A-Za-z]{2,}){3,}/;

describe('bad-input corpus', () => {
  it('has at least 40 cases, each with its expected.txt', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(
      cases.filter((name) => !pinned.includes(name) && !AWAITING_FIX.includes(name)),
      'cases without expected.txt',
    ).toEqual([]);
    expect(
      AWAITING_FIX.filter((name) => !cases.includes(name) || pinned.includes(name)),
      'take these off AWAITING_FIX',
    ).toEqual([]);
  });

  it('covers every kind of file officials commit', () => {
    const uncovered = FILE_KINDS.filter(
      (kind) =>
        !cases.some((name) => {
          const kinds = kindsOfFiles(join(CORPUS, name));
          return problemsOf(name).some((p) => kinds.get(p.file) === kind);
        }),
    ).map((k) => `${k.name}（${k.label}）`);
    expect(uncovered).toEqual([]);
  });

  it.each(pinned)('%s: prints exactly the pinned messages', (name) => {
    expect(problemsOf(name).map(formatProblem)).toEqual(expected(name));
  });

  it.each(cases)('%s: fails with file, line, field and fix in Chinese', (name) => {
    const problems = problemsOf(name);
    expect(problems.length, `${name} should fail the check`).toBeGreaterThan(0);
    for (const p of problems) {
      const text = formatProblem(p);
      const path = join(CORPUS, name, p.file);
      expect(existsSync(path), `${text}\n  names a file that is not in the fixture`).toBe(true);
      if (p.line !== undefined) {
        const lines = readFileSync(path, 'utf8').split('\n').length;
        expect(p.line, `${text}\n  line out of range`).toBeGreaterThanOrEqual(1);
        expect(p.line, `${text}\n  line out of range`).toBeLessThanOrEqual(lines);
      }
      expect(p.field.trim(), `${text}\n  has no field`).not.toBe('');
      expect(p.problem, `${text}\n  problem not in Chinese`).toMatch(CJK);
      expect(p.fix, `${text}\n  fix not in Chinese`).toMatch(CJK);
      expect(`${p.problem} ${p.fix}`, `${text}\n  contains untranslated English`).not.toMatch(ENGLISH_SENTENCE);
    }
  });

  it('rejects an oversized file without reading it as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'canlian-oversized-'));
    try {
      cpSync(join(CORPUS, 'org-empty-file'), dir, { recursive: true });
      rmSync(join(dir, 'expected.txt'));
      const big = `id: demo\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
      writeFileSync(join(dir, 'data/orgs/demo.yaml'), big);
      expect(checkSite(dir).problems.map(formatProblem)).toEqual([
        'data/orgs/demo.yaml: （整个文件） — 文件太大（5.0 MB，上限 5 MB） — 检查是否放错了文件；图片、PDF 等不要放在这里，过大的数据请拆成几个文件',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run check on the corpus', () => {
  // A sample across kinds: syntax, encoding, binary, CSV, cross-file reference.
  const sample = [
    'org-tab-indent',
    'report-utf16',
    'guide-duplicate-slug',
    'indicator-percent-as-fraction',
    'actuals-percent-sign',
  ];
  it.each(sample)('%s: exits non-zero and prints the pinned messages', (name) => {
    const r = spawnSync(NODE, [join(root, 'scripts/check.ts')], { cwd: join(CORPUS, name), encoding: 'utf8' });
    expect(r.status).toBe(1);
    for (const line of expected(name)) expect(r.stderr).toContain(line);
    expect(r.stderr).toContain('检查未通过');
  });
});

// Files from several cases dropped into a copy of the real project: the build must stop before writing dist/.
// Later cases overwrite earlier ones' copies of the shared demo organisation, so a broken one goes last. The
// second set holds what once passed the check and published a wrong page (4,000 unclosed spans, an ESC in a
// title, an undeclared 合计 row).
describe.each([
  ['syntax, binary and CSV', ['actuals-thousands-separator', 'report-docx-renamed', 'org-binary-png']],
  ['pages once published wrong', ['report-word-nested-spans', 'guide-title-esc', 'dataset-total-row-undeclared']],
])('the build on the corpus (%s)', (_label, dropped) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'canlian-corpus-build-'));
    copyWorkingTree(dir);
    for (const name of dropped) {
      for (const sub of ['data', 'content']) {
        if (existsSync(join(CORPUS, name, sub))) cpSync(join(CORPUS, name, sub), join(dir, sub), { recursive: true });
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits non-zero with every message and writes no dist/', () => {
    const r = spawnSync(NODE, ['scripts/build.mjs'], {
      cwd: dir,
      encoding: 'utf8',
      env: buildEnv(),
    });
    expect(r.status).not.toBe(0);
    for (const name of dropped) for (const line of expected(name)) expect(r.stdout + r.stderr).toContain(line);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 120_000);
});
