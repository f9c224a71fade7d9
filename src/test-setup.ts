// jest-dom matchers for the DOM tests (files that opt into jsdom with `@vitest-environment jsdom`).
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Testing Library unmounts after each test only when the runner has globals, which ours has not:
// without this, a component from an earlier test keeps its document listeners (the shortcut keys,
// for one) and answers keys meant for the next test's tree.
if (typeof document !== 'undefined') {
  afterEach(async () => {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  });
}
