/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets tests import `astro:content` (through the data store written by tests/setup/astro-sync.ts).
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    globalSetup: ['tests/setup/astro-sync.ts'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on the 2-core CI runners. Many files wait on
    // child processes (builds, git, LibreOffice), so three workers keep both cores busy: 131 s → 80 s here.
    maxWorkers: 3,
  },
});
