/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { staticShell } from './scripts/vite-static-shell.mjs';

/*
 * src/domain in two chunks, so the wizard never downloads the engine (issue 13). The split follows
 * the files, not the barrel: what the wizard, the store and share links need (schemas, question
 * catalogue, assumptions, zod) is `domain`; the rest of src/domain is the engine, loaded only by
 * screens that show a result. `npm run bench` reports each route's JS, so a new domain file that
 * lands in the wrong chunk shows there.
 */
// The assumptions' notes (what each figure does, its source) are words only the result shows, so
// they go with the engine, not with the figures the wizard and the store need.
const DOMAIN_DATA =
  /src[\\/]domain[\\/](answers|assumptions(?![\\/]notes)|format|zod-setup)\b|node_modules[\\/]zod[\\/]/;
const DOMAIN = /src[\\/]domain[\\/]/;
const isEngineModule = (id: string) => DOMAIN.test(id) && !DOMAIN_DATA.test(id);

// `base: './'` makes the built dist/ work from any folder of a static host (the app routes in the
// URL fragment, so no server rewrites are needed). Set BASE_PATH to pin an absolute base instead.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    staticShell(),
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
    // One stylesheet for every screen: the static shell paints the wizard's first step from
    // index.html, so its styles must be there before any script runs. The static-shell plugin puts
    // this one file inline in index.html and fails the build if there is not exactly one.
    cssCodeSplit: false,
    // Every browser the app supports (es2022) has <link rel="modulepreload">; skip the polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The domain is pure by rule (docs/decisions/001): its modules only define values. Saying so
      // lets the bundler skip engine modules a chunk imports through the domain barrel but never
      // uses; otherwise the wizard would still load the engine chunk for its (absent) side effects.
      treeshake: {
        moduleSideEffects: (id: string) => (isEngineModule(id) ? false : undefined),
      },
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'domain', priority: 2, test: DOMAIN_DATA },
            { name: 'engine', priority: 1, test: DOMAIN },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
  },
});
