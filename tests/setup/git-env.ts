// The environment for tests that commit in a temporary git repository: a fixed identity, and none of the
// machine's own git configuration (a CI runner may have none, a developer's may sign commits or rename branches).

/** Identity and configuration for `git commit` in a test repository; spread over process.env. */
export const TEST_GIT = {
  GIT_AUTHOR_NAME: '测试',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: '测试',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** process.env with TEST_GIT over it. */
export const GIT_ENV: NodeJS.ProcessEnv = { ...process.env, ...TEST_GIT };
