/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` makes the built dist/ work from any folder of a static host (the app routes in the
// URL fragment, so no server rewrites are needed). Set BASE_PATH to pin an absolute base instead.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    // The built app makes no requests (connect-src 'none'); the dev server's live reload needs its
    // websocket, so only `vite` (serve) relaxes that one directive.
    {
      name: 'dev-csp-connect',
      apply: 'serve',
      transformIndexHtml: (html) =>
        html.replace("connect-src 'none'", "connect-src 'self' ws: wss:"),
    },
  ],
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
