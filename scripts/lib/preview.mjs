// Building dist/ and serving it with Vite's preview server on a free port, shared by the e2e harness
// (tests/e2e/run.mjs) and the bench (scripts/bench.mjs). Both test what a visitor gets: the built
// files, served statically, never the dev server.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');

const viteBin = join(
  createRequire(import.meta.url).resolve('vite/package.json', { paths: [ROOT] }),
  '..',
  'bin',
  'vite.js',
);

/** The files whose change makes dist/ stale. */
const BUILD_INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];

/** @param {string} path @returns {number} newest mtime (ms) under path, 0 if missing */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether dist/ is missing or older than any of its inputs. */
export function distIsStale() {
  const built = join(DIST, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(join(ROOT, input)) > builtAt);
}

/**
 * Runs `vite build`. Its output goes to stderr when `quiet` (so `bench --json` keeps stdout clean).
 * @param {{ quiet?: boolean }} [options]
 * @returns {Promise<void>}
 */
export function build({ quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build'], {
      cwd: ROOT,
      stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'],
    });
    child.stdout?.pipe(process.stderr);
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/** A TCP port that was free a moment ago: bind port 0, read the port the OS chose, release it. */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(port));
      });
    })
  );
}

/**
 * @typedef {object} PreviewServer
 * @property {string} url base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`
 * @property {() => Promise<void>} stop stops the server; safe to call twice
 */

/**
 * Serves dist/ with Vite's preview server (what `vite preview --strictPort --port N` runs) on a free
 * port, and waits until it answers. Retries with another port if the chosen one was taken in the
 * meantime.
 *
 * `appType: 'mpa'` turns off the SPA fallback, so a missing file is a 404 as on a real static host
 * rather than index.html with status 200; the app routes in the fragment and never needs it.
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<PreviewServer>}
 */
export async function startPreview({ timeoutMs = 30_000 } = {}) {
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(await freePort(), timeoutMs);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/**
 * @param {number} port
 * @param {number} timeoutMs
 * @returns {Promise<PreviewServer>}
 */
async function startOnce(port, timeoutMs) {
  const { preview } = await import('vite');
  const host = '127.0.0.1';
  const url = `http://${host}:${port}/`;
  const server = await preview({
    root: ROOT,
    appType: 'mpa',
    logLevel: 'warn',
    preview: { host, port, strictPort: true, open: false },
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { url, stop };
    } catch {
      // Not answering yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}
