// Which git host the browser editor (/admin/) commits to. Read at build time from environment variables, so a
// federation's own GitLab or Gitea is configured where the site is built, never in a committed file with a real
// address. Without them the placeholders below are used: the editor loads but cannot sign in.

/** Git hosts Decap CMS can commit to, by its backend name. */
export const BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
export type BackendName = (typeof BACKENDS)[number];

/** Backends on which Decap opens a merge request for each change (editorial workflow); Gitea commits directly. */
export const WORKFLOW_BACKENDS: readonly BackendName[] = ['github', 'gitlab', 'forgejo'];

/** A placeholder host: `.invalid` never resolves (RFC 2606). */
export const PLACEHOLDER_GIT_HOST = 'https://git.example.invalid';

export interface CmsBackend {
  name: BackendName;
  /** `group/project` on the host. */
  repo: string;
  branch: string;
  /** The host's web address (self-hosted GitLab, Gitea, Forgejo): where officials sign in. */
  base_url?: string;
  /** The host's API, which the editor calls from the browser. */
  api_root: string;
  /** The OAuth application id (PKCE) registered on the host for /admin/. */
  app_id?: string;
  auth_type?: 'pkce';
}

/** The API root of a host, as Decap's backends expect it. */
function apiRoot(name: BackendName, base: string): string {
  if (name === 'github') return base === 'https://github.com' ? 'https://api.github.com' : `${base}/api/v3`;
  if (name === 'gitlab') return `${base}/api/v4`;
  return `${base}/api/v1`;
}

/**
 * The backend from `CMS_BACKEND` (github | gitlab | gitea | forgejo), `CMS_REPO`, `CMS_BRANCH` (main),
 * `CMS_BASE_URL` (the host, e.g. a self-hosted GitLab) and `CMS_APP_ID` (its OAuth application id).
 */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const name = (env.CMS_BACKEND ?? 'gitlab') as BackendName;
  if (!BACKENDS.includes(name)) throw new Error(`CMS_BACKEND 只能是 ${BACKENDS.join('、')} 之一，而不是 ${name}`);
  const base = (env.CMS_BASE_URL ?? (name === 'github' ? 'https://github.com' : PLACEHOLDER_GIT_HOST)).replace(
    /\/+$/,
    '',
  );
  const appId = env.CMS_APP_ID;
  return {
    name,
    repo: env.CMS_REPO ?? 'owner/repo',
    branch: env.CMS_BRANCH ?? 'main',
    ...(name === 'github' ? {} : { base_url: base }),
    api_root: apiRoot(name, base),
    ...(appId ? { app_id: appId, auth_type: 'pkce' as const } : {}),
  };
}

/** The origins the editor talks to: the host's API (and its web address, for signing in). */
export function gitOrigins(b: CmsBackend): string[] {
  return [...new Set([b.api_root, b.base_url].filter((u): u is string => !!u).map((u) => new URL(u).origin))];
}
