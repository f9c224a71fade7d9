// Finding and launching the system Chromium, shared by the e2e harness and the bench. We use the
// distribution's Chromium (apt) rather than Playwright's browser download, which CI cannot reach.
import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives on Linux, in the order we try them. */
export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/**
 * Flags for a quiet, deterministic headless run: no GPU, no sandbox (containers run as root), and
 * none of Chrome's own background traffic, which would otherwise show up as foreign requests.
 */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * The path of a Chromium-family browser: `CHROME_PATH` if set, else the first candidate that exists.
 * @returns {string}
 */
export function findChrome() {
  const fromEnv = pathFromEnv('CHROME_PATH');
  if (fromEnv) return fromEnv;
  const found = CHROME_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium or Chrome found. The e2e tests and the bench drive a real browser.',
      `Looked in: ${CHROME_CANDIDATES.join(', ')}.`,
      'Install it with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chrome binary.',
    ].join('\n'),
  );
}

/**
 * Where Debian's `chromium-headless-shell` package puts the headless-only build of the same
 * Chromium: Blink, V8 and the DevTools protocol without the desktop browser around them. It is what
 * Playwright itself runs for headless tests by default. Measured on the usual 2-core machine, it
 * opens a page in 190 ms where full Chromium takes 550 ms, and the e2e suite ran in 206 s instead
 * of 371 s.
 */
export const HEADLESS_SHELL_CANDIDATES = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
];

/**
 * The browser for the e2e specs: `E2E_CHROME_PATH` or `CHROME_PATH` if set, else the headless
 * shell when it is installed, else the full browser (findChrome). The bench keeps full Chromium,
 * which is what Lighthouse measures.
 * @returns {string}
 */
export function findTestChrome() {
  const fromEnv = pathFromEnv('E2E_CHROME_PATH');
  if (fromEnv) return fromEnv;
  if (process.env.CHROME_PATH) return findChrome();
  return HEADLESS_SHELL_CANDIDATES.find((path) => existsSync(path)) ?? findChrome();
}

/**
 * The browser path an environment variable names, undefined when it is unset or empty; throws when
 * it names no file, so a typo is not silently replaced by another browser.
 * @param {string} name
 * @returns {string | undefined}
 */
function pathFromEnv(name) {
  const path = process.env[name];
  if (!path) return undefined;
  if (existsSync(path)) return path;
  throw new Error(`${name} is set to ${path}, but there is no file there.`);
}
