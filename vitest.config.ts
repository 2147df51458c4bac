/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets tests import `astro:content` (through the data store written by tests/setup/astro-sync.ts).
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    globalSetup: ['tests/setup/astro-sync.ts'],
    testTimeout: 30_000,
  },
});
