/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { staticShell } from './scripts/vite-static-shell.mjs';

// `base: './'` makes the built dist/ work from any folder of a static host (the app routes in the
// URL fragment, so no server rewrites are needed). Set BASE_PATH to pin an absolute base instead.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [react(), staticShell()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // One stylesheet for every screen: the static shell paints the wizard's first step from
    // index.html, so its styles must be there before any script runs (about 3 kB gzip more).
    cssCodeSplit: false,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
  },
});
