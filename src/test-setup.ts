// jest-dom matchers for the DOM tests (files that opt into jsdom with `@vitest-environment jsdom`).
import '@testing-library/jest-dom/vitest';
