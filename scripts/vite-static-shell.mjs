import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { build, createServer } from 'vite';

/*
 * Paints the first screen from static HTML, before any script runs (issue 13: LCP ≤ 1.2 s on a
 * throttled phone). At build time this plugin
 * - renders the static shell (src/app/static-shell.tsx: the landing page, the wizard's first step
 *   and a neutral "Loading…" screen, with the app's own components) into index.html's #root;
 * - bundles src/app/shell-boot.ts into a tiny classic script in <head>, which picks the variant for
 *   the URL fragment (and presenter view) before the body is parsed. A file, not inline: the CSP is
 *   script-src 'self'.
 * The app's first render replaces the shell with the same markup (src/app/main.tsx).
 */

/** Stands in for the browser's storage while the shell renders in Node: a first visit, empty. */
/** @returns {Storage} */
function memoryStorage() {
  /** @type {Map<string, string>} */
  const items = new Map();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (/** @type {string} */ key) => items.get(key) ?? null,
    key: (/** @type {number} */ index) => [...items.keys()][index] ?? null,
    removeItem: (/** @type {string} */ key) => void items.delete(key),
    setItem: (/** @type {string} */ key, /** @type {string} */ value) =>
      void items.set(key, String(value)),
  };
}

/** @param {string} root @returns {Promise<string>} */
async function renderShell(root) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  // The store reads window.localStorage when its module loads; give it an empty one, as a first
  // visitor has, and take it away again afterwards.
  const globals = /** @type {{ window?: unknown; localStorage?: unknown }} */ (globalThis);
  const saved = { window: globals.window, localStorage: globals.localStorage };
  const storage = memoryStorage();
  globals.localStorage = storage;
  globals.window = {
    localStorage: storage,
    addEventListener() {},
    removeEventListener() {},
  };
  try {
    const module = await server.ssrLoadModule('/src/app/static-shell.tsx');
    if (typeof module.renderStaticShell !== 'function')
      throw new Error('static shell: src/app/static-shell.tsx no longer exports renderStaticShell');
    return String(module.renderStaticShell());
  } finally {
    globals.window = saved.window;
    globals.localStorage = saved.localStorage;
    await server.close();
  }
}

/** @param {string} root @returns {Promise<string>} */
async function bundleShellScript(root) {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: {
        entry: join(root, 'src/app/shell-boot.ts'),
        formats: ['iife'],
        name: 'hireReadyShell',
      },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const result of outputs) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('static shell: bundling src/app/shell-boot.ts produced no chunk');
}

/** @returns {import('vite').Plugin} */
export function staticShell() {
  let root = process.cwd();
  let base = './';
  let script = '';
  let scriptFile = '';
  return {
    name: 'hire-ready:static-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      script = await bundleShellScript(root);
      const hash = createHash('sha256').update(script).digest('base64url').slice(0, 8);
      scriptFile = `assets/shell-${hash}.js`;
      this.emitFile({ type: 'asset', fileName: scriptFile, source: script });
    },
    transformIndexHtml: {
      order: 'post',
      /** @param {string} html */
      async handler(html) {
        const shell = await renderShell(root);
        if (/<script\b/i.test(shell))
          throw new Error('static shell: rendered markup has a <script>');
        const placeholder = '<div id="root"></div>';
        if (!html.includes(placeholder))
          throw new Error(`static shell: index.html has no ${placeholder}`);
        return {
          html: html.replace(placeholder, `<div id="root">${shell}</div>`),
          tags: [
            // In <head>, after the CSP meta tag (which only governs what follows it): it must run
            // before the body is parsed. Tiny, and fetched alongside the stylesheet.
            { tag: 'script', attrs: { src: `${base}${scriptFile}` }, injectTo: 'head' },
          ],
        };
      },
    },
  };
}
