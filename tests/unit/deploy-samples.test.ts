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
      'npm run build',
      'node --test tests/browser/links.test.ts',
    ]);
    // The inbox is imported only to show a pull request its report; main publishes what was committed.
    expect(steps.find((s) => s.run?.startsWith('npm run inbox'))?.if).toBe("github.event_name == 'pull_request'");
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
