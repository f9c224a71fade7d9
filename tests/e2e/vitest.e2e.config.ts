import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The e2e specs drive a real Chromium against the built app that tests/e2e/run.mjs serves (its URL
// arrives in E2E_BASE_URL). Kept apart from vite.config.ts: no React plugin, no jsdom, no setup files.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    // One browser-heavy file at a time: parallel Chromiums on a small CI box make timings flaky.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
