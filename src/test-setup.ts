// jest-dom matchers for the DOM tests (files that opt into jsdom with `@vitest-environment jsdom`).
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Testing Library unmounts after each test only when the runner has globals, which ours has not:
// without this, a component from an earlier test keeps its document listeners (the shortcut keys,
// for one) and answers keys meant for the next test's tree.
if (typeof document !== 'undefined') {
  await import('./test-jsdom-labels');
  afterEach(async () => {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  });
}

// Property tests explore new random cases on every local run; CI replays one fixed set, so a
// commit that passed once passes again (a failure still prints its seed to replay here).
if (process.env.CI) {
  const fc = await import('fast-check');
  fc.configureGlobal({ seed: 20261130 });
}
