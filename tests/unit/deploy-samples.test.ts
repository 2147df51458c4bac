// The sample CI workflow for officials' repositories: checks every pull request, deploys only from main, and
// only what it checked. It lives in deploy/, so it never runs as this repository's own workflow.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { needs?: string; if?: string; steps: Step[] }>;
}

const workflow = parse(readFileSync('deploy/github-actions.yml', 'utf8')) as Workflow;

describe('sample CI workflow (deploy/github-actions.yml)', () => {
  it('is a sample, not an active workflow of this repository', () => {
    expect(existsSync('.github/workflows/site.yml')).toBe(false);
  });

  it('runs on pull requests and on pushes to main', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.on.push).toEqual({ branches: ['main'] });
  });

  it('checks, builds and checks links with full git history', () => {
    const steps = workflow.jobs.check!.steps;
    const runs = steps.map((s) => s.run).filter(Boolean);
    expect(runs).toEqual([
      'npm ci',
      'npm run inbox -- --report "$GITHUB_STEP_SUMMARY"',
      'npm run check',
      'npm run check -- --changes-by "$AUTHOR" --base "origin/$BASE_REF"',
      'npm run build',
      'node --test tests/browser/links.test.ts',
    ]);
    // The inbox is imported only to show a pull request its report; main publishes what was committed.
    expect(steps.find((s) => s.run?.startsWith('npm run inbox'))?.if).toBe("github.event_name == 'pull_request'");
    // The rights check compares with the branch the pull request goes into, as its author; inputs come through env.
    const rights = steps.find((s) => s.run?.includes('--changes-by'))!;
    expect(rights.if).toBe("github.event_name == 'pull_request'");
    expect((rights as { env?: Record<string, string> }).env).toEqual({
      AUTHOR: '${{ github.event.pull_request.user.login }}',
      BASE_REF: '${{ github.base_ref }}',
    });
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    for (const r of runs)
      if (r?.startsWith('node --test ')) expect(existsSync(r.slice('node --test '.length))).toBe(true);
  });

  it('deploys only from main, only after the checks, only the checked output', () => {
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('check');
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy.if).toContain("github.event_name != 'pull_request'");
    expect(deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    const upload = workflow.jobs.check!.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload?.with?.path).toBe('dist');
    expect(upload?.if).toContain("github.ref == 'refs/heads/main'");
  });
});

interface ShardedWorkflow {
  env: Record<string, unknown>;
  jobs: Record<
    string,
    {
      needs?: string;
      if?: string;
      strategy?: { matrix: { shard: string[] } };
      steps: (Step & { id?: string; env?: Record<string, string> })[];
    }
  >;
}

const allParts = (n: number) => ['hub', ...Array.from({ length: n }, (_, i) => `${i + 1}/${n}`)];
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
/** Every `npm run <script>` a sample calls exists in package.json. */
function npmScriptsExist(text: string) {
  for (const [, name] of text.matchAll(/npm run (?:-s )?([a-z:]+)/g)) expect(scripts, name).toHaveProperty(name!);
}

describe('sample sharded workflow (deploy/github-actions-sharded.yml)', () => {
  const text = readFileSync('deploy/github-actions-sharded.yml', 'utf8');
  const wf = parse(text) as ShardedWorkflow;

  it('builds the hub and every bucket of SHARDS in a matrix, after the checks', () => {
    const shard = wf.jobs.shard!;
    expect(shard.needs).toBe('check');
    expect(shard.strategy!.matrix.shard).toEqual(allParts(Number(wf.env.SHARDS)));
    npmScriptsExist(text);
    const checks = wf.jobs.check!.steps.map((s) => s.run).filter(Boolean);
    expect(checks).toContain('npm run check');
    expect(checks.some((r) => r!.includes('--changes-by'))).toBe(true);
  });

  it('reuses a part only when npm run affected says the change does not need it, and saves only from main', () => {
    const steps = wf.jobs.shard!.steps;
    const need = steps.find((s) => s.id === 'need')!;
    expect(need.run).toContain(
      'npm run -s affected -- --base "$(cat part-commit.txt)" --shards "$SHARDS" --shard "$CANLIAN_SHARD"',
    );
    expect(steps.find((s) => s.run?.includes('npm run build'))?.if).toBe("steps.need.outputs.build == 'true'");
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save'))!;
    expect(save.if).toContain("github.ref == 'refs/heads/main'");
    // The part's mark is a hidden file; upload-artifact leaves hidden files out unless told.
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.['include-hidden-files']).toBe(true);
  });

  it('assembles every part, and deploys only from main what was assembled', () => {
    const assemble = wf.jobs.assemble!;
    expect(assemble.needs).toBe('shard');
    expect(assemble.steps.map((s) => s.run).filter(Boolean)).toContain('npm run assemble -- parts/* --out site');
    expect(wf.jobs.deploy!.needs).toBe('assemble');
    expect(wf.jobs.deploy!.if).toContain("github.ref == 'refs/heads/main'");
  });
});

describe('sample GitLab CI (deploy/gitlab-ci.yml)', () => {
  const text = readFileSync('deploy/gitlab-ci.yml', 'utf8');
  type Job = {
    needs?: string[];
    script: string[];
    parallel?: { matrix: { PART: string[] }[] };
    rules?: { if: string }[];
    artifacts?: { paths: string[]; expose_as?: string };
    publish?: string;
  };
  const ci = parse(text) as Record<string, Job> & { variables: Record<string, string> };

  it('checks every merge request: inbox report shown on it, content, rights', () => {
    const script = ci.check!.script.join('\n');
    expect(script).toContain('npm run inbox -- --report inbox-report.md');
    expect(script).toContain(
      'npm run check -- --changes-by "$GITLAB_USER_LOGIN" --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"',
    );
    expect(ci.check!.artifacts).toMatchObject({ paths: ['inbox-report.md'], expose_as: '收件箱导入报告' });
    expect(ci.variables.GIT_DEPTH).toBe('0');
    npmScriptsExist(text);
  });

  it('builds the hub and every bucket of SHARDS with parallel:matrix, then assembles them', () => {
    const parts = ci.shard!.parallel!.matrix[0]!.PART.map((p) => p.replace('-of-', '/'));
    expect(parts).toEqual(allParts(Number(ci.variables.SHARDS)));
    expect(ci.assemble!.needs).toEqual(['shard']);
    expect(ci.assemble!.script).toEqual(['npm run assemble -- parts/* --out site']);
  });

  it('deploys only from the default branch, only what was assembled', () => {
    expect(ci.pages!.needs).toEqual(['assemble']);
    expect(ci.pages!.publish).toBe('site');
    expect(ci.pages!.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
  });
});
