/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` makes the built dist/ work from any folder of a static host (the app routes in the
// URL fragment, so no server rewrites are needed). Set BASE_PATH to pin an absolute base instead.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
  },
});
