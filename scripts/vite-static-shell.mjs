import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { build, createServer } from 'vite';

/*
 * Paints the first screen from static HTML, before any script runs (issue 13: LCP ≤ 1.2 s on a
 * throttled phone). At build time this plugin
 * - renders the static shell (src/app/static-shell.tsx: the landing page, the wizard's first step
 *   and a neutral "Loading…" screen, with the app's own components) into index.html's #root;
 * - puts the stylesheet inline in <head>, so the first paint waits for no other file;
 * - bundles src/app/shell-boot.ts into a tiny inline classic script in <head>, which picks the
 *   variant for the URL fragment (and presenter view) before the body is parsed. Inline, because a
 *   script file there would hold the first paint for one more round trip; the CSP allows exactly
 *   this script by its hash (shellScriptPolicy), so script-src stays without 'unsafe-inline'.
 * The app's first render replaces the shell with the same markup (src/app/main.tsx).
 * It also lists, on that script's `data-screens` attribute, the files each screen's code needs
 * beyond the entry, so the script can fetch the current screen's alongside the entry
 * (src/app/screen-preload.ts).
 */

/** The CSP source that allows exactly this inline script. */
export function scriptHashSource(/** @type {string} */ script) {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The policy with the shell script's hash added to script-src: the one the built index.html
 * carries, and the one a host that sends the policy as a header must send (docs/deploy.md).
 * @param {string} policy @param {string} script
 */
export function shellScriptPolicy(policy, script) {
  if (!/script-src 'self'(;|$)/.test(policy))
    throw new Error(`static shell: the CSP has no "script-src 'self'" to extend: ${policy}`);
  return policy.replace(/script-src 'self'/, `script-src 'self' ${scriptHashSource(script)}`);
}

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
export async function bundleShellScript(root) {
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
    if (chunk && chunk.type === 'chunk') return chunk.code.trim();
  }
  throw new Error('static shell: bundling src/app/shell-boot.ts produced no chunk');
}

/**
 * The modules each screen's loader in src/app/screens.ts imports, by the keys of
 * src/app/screen-preload.ts (scripts/static-shell-screens.test.ts checks this list against
 * screens.ts).
 */
export const SCREEN_MODULES = {
  wizard: ['src/features/wizard/index.ts', 'src/app/current-client.tsx'],
  results: ['src/features/results/index.ts', 'src/app/current-client.tsx'],
  shared: ['src/features/results/shared-result-page.tsx'],
  quick: ['src/features/quick/index.ts'],
  workspace: ['src/features/workspace/index.ts', 'src/app/current-client.tsx'],
};

/**
 * `wizard:./assets/a.js ./assets/b.js|shared:...`: for each screen, the chunks its modules import
 * (statically, all the way down) that the entry does not already bring, as index.html refers to
 * them. Fails the build when a module in SCREEN_MODULES is in no chunk (renamed or moved).
 * @param {import('vite').Rollup.OutputBundle} bundle @param {string} root @param {string} html
 */
export function screenFilesAttribute(bundle, root, html) {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  const src = /<script type="module" crossorigin src="([^"]+)">/.exec(html)?.[1];
  if (!entry || !src?.endsWith(entry.fileName))
    throw new Error('static shell: cannot find the entry script in index.html');
  const prefix = src.slice(0, src.length - entry.fileName.length);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  /** @param {string[]} start @returns {Set<string>} */
  const withImports = (start) => {
    const seen = new Set(start);
    const queue = [...start];
    for (let file = queue.pop(); file !== undefined; file = queue.pop())
      for (const imported of byFile.get(file)?.imports ?? []) {
        if (seen.has(imported)) continue;
        seen.add(imported);
        queue.push(imported);
      }
    return seen;
  };
  const inEntry = withImports([entry.fileName]);
  return Object.entries(SCREEN_MODULES)
    .map(([screen, modules]) => {
      const own = modules.map((module) => {
        // By the modules in it: the build's chunk groups (vite.config.ts) name chunks, not modules.
        const chunk = chunks.find((item) => item.moduleIds.includes(join(root, module)));
        if (!chunk)
          throw new Error(`static shell: ${module} (a ${screen} screen module) is in no chunk`);
        return chunk.fileName;
      });
      const files = [...withImports(own)].filter((file) => !inEntry.has(file));
      return `${screen}:${files.map((file) => prefix + file).join(' ')}`;
    })
    .join('|');
}

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]+)(")/;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/;

/** @returns {import('vite').Plugin} */
export function staticShell() {
  let root = process.cwd();
  let script = '';
  return {
    name: 'hire-ready:static-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      script = await bundleShellScript(root);
      if (script.includes('</script')) throw new Error('static shell: the script has "</script"');
    },
    transformIndexHtml: {
      order: 'post',
      /** @param {string} html @param {import('vite').IndexHtmlTransformContext} ctx */
      async handler(html, ctx) {
        const shell = await renderShell(root);
        if (/<script\b/i.test(shell))
          throw new Error('static shell: rendered markup has a <script>');
        const placeholder = '<div id="root"></div>';
        if (!html.includes(placeholder))
          throw new Error(`static shell: index.html has no ${placeholder}`);
        const stylesheet = STYLESHEET.exec(html);
        const cssName = stylesheet?.[1]?.replace(/^.*?assets\//, 'assets/');
        const css = cssName ? ctx.bundle?.[cssName] : undefined;
        if (!stylesheet || !cssName || !css || css.type !== 'asset')
          throw new Error('static shell: no single stylesheet to put inline (cssCodeSplit: false)');
        if (ctx.bundle) delete ctx.bundle[cssName];
        const styles = String(css.source);
        if (styles.includes('</style')) throw new Error('static shell: the styles have "</style"');
        const out = html
          .replace(stylesheet[0], () => `<style>${styles}</style>`)
          .replace(
            CSP_META,
            (_, open, policy, close) => open + shellScriptPolicy(policy, script) + close,
          )
          .replace(placeholder, () => `<div id="root">${shell}</div>`);
        if (!out.includes(scriptHashSource(script)))
          throw new Error('static shell: index.html has no Content-Security-Policy meta tag');
        return {
          html: out,
          tags: [
            // In <head>, after the CSP meta tag (which only governs what follows it): it must run
            // before the body is parsed.
            {
              tag: 'script',
              attrs: { 'data-screens': screenFilesAttribute(ctx.bundle ?? {}, root, out) },
              children: script,
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
