import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Spec files run in parallel, one per core by default (E2E_WORKERS overrides): a file's tests spend
// much of their time waiting on Chromium, which runs in its own processes. All files share one
// Chromium (global-setup.ts); each test has its own browser context, so nothing leaks between them.
const workers = Number(process.env.E2E_WORKERS) || Math.max(1, Math.min(4, availableParallelism()));

// The e2e specs drive a real Chromium against the built app that tests/e2e/run.mjs serves (its URL
// arrives in E2E_BASE_URL). Kept apart from vite.config.ts: no React plugin, no jsdom, no setup files.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: workers,
    fileParallelism: workers > 1,
    // Outer bounds for a machine shared with other work; a healthy test takes a few seconds. Waits
    // inside tests are for what the user would see (expect.poll, locator.waitFor), never fixed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // expect.poll retries until the page shows what is expected; its default second is far too
    // short on a busy machine, and a passing poll returns as soon as it matches.
    expect: { poll: { timeout: 20_000, interval: 50 } },
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
