import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Spec files run in parallel, one worker per core by default (E2E_WORKERS overrides): a file's tests
// spend much of their time waiting on Chromium, which runs in its own processes. Each worker starts
// one Chromium and keeps it for every file it runs (`isolate: false`; support.ts); each test has its
// own browser context, so nothing leaks between tests.
const workers = Number(process.env.E2E_WORKERS) || Math.max(1, Math.min(4, availableParallelism()));

// The e2e specs drive a real Chromium against the built app that tests/e2e/run.mjs serves (its URL
// arrives in E2E_BASE_URL). Kept apart from vite.config.ts: no React plugin, no jsdom, no setup files.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    isolate: false,
    maxWorkers: workers,
    fileParallelism: workers > 1,
    // Outer bounds for a machine shared with other work, not budgets: a healthy test takes a few
    // seconds on a quiet machine (keep it under 15 s), but with ~30 runnable processes on 2 cores
    // the same test measured 50-80 s. Waits inside tests are for what the user would see
    // (expect.poll, locator.waitFor), never fixed.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // expect.poll retries until the page shows what is expected; its default second is far too
    // short on a busy machine, and a passing poll returns as soon as it matches.
    expect: { poll: { timeout: 20_000, interval: 50 } },
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
