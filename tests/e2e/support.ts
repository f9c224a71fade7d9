/**
 * Helpers for the e2e specs. A typical spec:
 *
 * ```ts
 * import { describe, expect, it } from 'vitest';
 * import { expectCleanPage, gotoApp, newPage, screenshot, useBrowser } from './support';
 *
 * const browser = useBrowser(); // the run's shared Chromium; pages close after each test
 *
 * it('shows the first question', async () => {
 *   const page = await newPage(browser(), { viewport: 375 });
 *   await gotoApp(page, '#/assess/company');
 *   await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/company/i);
 *   await expectCleanPage(page); // no console errors, failed or foreign requests, axe violations
 *   await screenshot(page, 'wizard-company-375');
 * });
 * ```
 *
 * Run with `npm run test:e2e` (builds if needed, serves dist/, sets E2E_BASE_URL). Screenshots of
 * every page still open when a test fails land in `.e2e-artifacts/failures/`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { CHROME_ARGS, findChrome, findTestChrome } from '../../scripts/lib/chrome.mjs';
import { axeViolations, type AxeOptions } from './axe';

export { findChrome };
export { AXE_TAGS } from './axe';

const ARTIFACTS = fileURLToPath(new URL('../../.e2e-artifacts/', import.meta.url));

/**
 * How long one Playwright action or wait (click, fill, waitFor, waitForURL) may take. Generous:
 * it only matters when something is wrong, and a busy machine can be ten times slower than a quiet
 * one. The test timeout (vitest.e2e.config.ts) is the outer bound.
 */
const ACTION_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------

/** The served app's base URL, with a trailing slash (from E2E_BASE_URL, set by run.mjs). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error(
      'E2E_BASE_URL is not set. Run the e2e specs with `npm run test:e2e`, which builds and serves the app.',
    );
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * A URL in the app. Routes start with `#` (`#/`, `#/assess/company`, `#s/<code>`); anything else is
 * a file next to index.html (`robots.txt`, `favicon.svg`).
 */
export function appUrl(route = '#/'): string {
  if (route.startsWith('#')) return `${baseUrl()}${route}`;
  return new URL(route.replace(/^\/+/, ''), baseUrl()).href;
}

// ---------------------------------------------------------------------------------------------
// Browser and pages
// ---------------------------------------------------------------------------------------------

/**
 * Launches the system Chromium headless: its headless shell when installed (findTestChrome says
 * why). Close it when done.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findTestChrome(),
    headless: true,
    args: [...CHROME_ARGS],
  });
}

// One Chromium per worker process, started by the first spec file that needs it. The e2e config
// runs files with `isolate: false`, so later files in the same worker reuse it instead of paying
// for a browser start each; Playwright closes it when the worker exits. Each test still gets its
// own browser context (newPage), so nothing is shared between tests but the process.
let workerBrowser: Promise<Browser> | undefined;
function sharedBrowser(): Promise<Browser> {
  workerBrowser ??= launchBrowser().then((browser) => {
    browser.on('disconnected', () => {
      workerBrowser = undefined;
    });
    return browser;
  });
  return workerBrowser;
}

/** What a page did that a clean page must not do. Filled in as the page runs. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that failed at the network level, and responses with status 400 or more. */
  failedRequests: string[];
  /** Requests to any origin but the app's (data: and blob: URLs are fine). */
  foreignRequests: string[];
}

interface PageState {
  problems: PageProblems;
  inFlight: number;
  lastActivity: number;
  /** The test that opened the page, if any; its pages close when it ends. */
  owner: string | undefined;
}

const pageStates = new WeakMap<Page, PageState>();
const openPages = new Set<Page>();
let currentTest: string | undefined;

export interface NewPageOptions {
  /** A width in CSS pixels (height 800), or both. Default 1280 × 800. */
  viewport?: number | { width: number; height: number };
  /** Emulate a phone: touch, mobile viewport meta handling, device scale factor 2. */
  mobile?: boolean;
}

/**
 * Opens a page in a fresh browser context (its own storage, so tests never see each other's saved
 * answers) with reduced motion, light scheme and en-US locale, and starts recording problems.
 * Pages opened inside a test close when the test ends (after a screenshot if it failed).
 */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<Page> {
  const viewport =
    typeof options.viewport === 'number'
      ? { width: options.viewport, height: 800 }
      : (options.viewport ?? { width: 1280, height: 800 });
  const context = await browser.newContext({
    viewport,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
    ...(options.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  const appOrigin = new URL(baseUrl()).origin;
  const state: PageState = {
    problems: { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] },
    inFlight: 0,
    lastActivity: Date.now(),
    owner: currentTest,
  };
  pageStates.set(page, state);
  openPages.add(page);
  const { problems } = state;

  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.consoleErrors.push(`${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  // Which page load each request belongs to: a reload or a new page load cancels the requests the
  // previous one still had in flight (net::ERR_ABORTED), which is the browser's doing, not a fault.
  let loads = 0;
  const loadOf = new WeakMap<Request, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads++;
    loadOf.set(request, loads);
    state.inFlight++;
    state.lastActivity = Date.now();
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== appOrigin)
      problems.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  const settled = () => {
    state.inFlight = Math.max(0, state.inFlight - 1);
    state.lastActivity = Date.now();
  };
  page.on('requestfinished', settled);
  // A request already reported with its HTTP error status is not reported again when Chrome then
  // aborts it (it does for failed fetches).
  const reportedStatus = new WeakSet<Request>();
  page.on('requestfailed', (request) => {
    settled();
    if (reportedStatus.has(request)) return;
    const cancelledByLoad =
      request.failure()?.errorText === 'net::ERR_ABORTED' && (loadOf.get(request) ?? loads) < loads;
    if (cancelledByLoad) return;
    problems.failedRequests.push(
      `${request.failure()?.errorText ?? 'failed'} ${request.method()} ${request.url()}`,
    );
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      reportedStatus.add(response.request());
      problems.failedRequests.push(
        `HTTP ${response.status()} ${response.request().method()} ${response.url()}`,
      );
    }
  });
  page.on('close', () => {
    openPages.delete(page);
    void context.close().catch(() => {});
  });
  return page;
}

/** The problems a page (from newPage) has recorded so far. */
export function pageProblems(page: Page): PageProblems {
  const state = pageStates.get(page);
  if (!state)
    throw new Error(
      'pageProblems: this page was not opened with newPage() from tests/e2e/support.ts',
    );
  return state.problems;
}

/** Forgets recorded problems, e.g. after a step that is meant to fail a request. */
export function clearProblems(page: Page): void {
  const problems = pageProblems(page);
  for (const list of Object.values(problems)) list.length = 0;
}

/**
 * Waits until the page has had no request in flight for `quietMs` (lazy chunks after a route change
 * included), or `timeoutMs` passes.
 */
export async function settle(
  page: Page,
  { quietMs = 150, timeoutMs = 10_000 } = {},
): Promise<void> {
  const state = pageStates.get(page);
  if (!state) return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (state.inFlight === 0 && Date.now() - state.lastActivity >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Opens a route (`#/`, `#/assess/company`, `#s/<code>`) and waits until the app has rendered into
 * #root and the network is quiet. "Rendered" means the app has replaced the static first paint
 * from index.html (src/app/static-shell.tsx): that paint already shows the landing page and the
 * first question, with inputs nothing listens to yet, so a test acting on it early (on a busy
 * machine) could pick a file or type into a page about to be replaced.
 */
export async function gotoApp(page: Page, route = '#/'): Promise<void> {
  await page.goto(appUrl(route));
  await page.waitForFunction(
    () => document.querySelector('#root > *') !== null && !document.querySelector('.shell-variant'),
  );
  await settle(page);
}

/**
 * The browser for a spec file (the worker's shared Chromium). Call at the top of the file (or of a
 * describe block); use the returned getter inside tests, and give each test its own page (newPage:
 * its own context and storage). Pages opened inside a test close after it, with a screenshot in
 * `.e2e-artifacts/failures/` if it failed.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await sharedBrowser();
  });
  beforeEach((context) => {
    currentTest = context.task.id;
  });
  afterEach(async (context) => {
    const failed = context.task.result?.state === 'fail';
    const mine = [...openPages].filter((page) => pageStates.get(page)?.owner === context.task.id);
    let n = 0;
    for (const page of mine) {
      if (failed) {
        await capture(page, `failures/${context.task.name}-${++n}`).catch(() => {});
      }
      await page.close().catch(() => {});
    }
    currentTest = undefined;
  });
  return () => {
    if (!browser)
      throw new Error('useBrowser(): the browser is only available inside tests and hooks.');
    return browser;
  };
}

// ---------------------------------------------------------------------------------------------
// Assertions and artifacts
// ---------------------------------------------------------------------------------------------

export interface CleanPageOptions {
  /** Problems (console errors, failed requests, ...) matching any of these are tolerated. */
  allow?: RegExp[];
  /** Skip axe, or tune it: CSS selectors to leave out, rule ids to switch off. Say why in the spec. */
  axe?: false | AxeOptions;
}

/**
 * Asserts that the page, so far, logged no console errors, threw no errors, had no failed requests
 * (network errors or HTTP ≥ 400), made no request to another origin, and that axe finds no WCAG 2.2
 * AA or best-practice violation in its current state. Throws one readable error listing everything.
 */
export async function expectCleanPage(page: Page, options: CleanPageOptions = {}): Promise<void> {
  await settle(page);
  const allowed = (line: string) => options.allow?.some((pattern) => pattern.test(line)) ?? false;
  const problems = pageProblems(page);
  const sections: string[] = [];
  const add = (title: string, lines: string[]) => {
    const kept = lines.filter((line) => !allowed(line));
    if (kept.length > 0)
      sections.push(`${title}:\n${kept.map((line) => `  - ${indent(line, 4)}`).join('\n')}`);
  };
  add('Console errors', problems.consoleErrors);
  add('Uncaught page errors', problems.pageErrors);
  add('Failed requests', problems.failedRequests);
  add('Requests to other origins', problems.foreignRequests);

  if (options.axe !== false) {
    const violations = await axeViolations(page, options.axe);
    add(
      'Accessibility violations (axe)',
      violations.map((v) =>
        [
          `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}`,
          v.helpUrl,
          ...v.nodes.map((node) => `at ${node.target}${node.summary ? `: ${node.summary}` : ''}`),
        ].join('\n'),
      ),
    );
  }

  if (sections.length > 0) {
    const size = page.viewportSize();
    const where = `${page.url()}${size ? ` at ${size.width}×${size.height}` : ''}`;
    throw new Error(`The page is not clean: ${where}\n\n${sections.join('\n\n')}`);
  }
}

function indent(text: string, spaces: number): string {
  return text.replaceAll('\n', `\n${' '.repeat(spaces)}`);
}

/**
 * With `E2E_SCREENSHOTS=1`, saves a full-page PNG as `.e2e-artifacts/<name>.png` (a name may
 * contain folders) and returns its path; otherwise does nothing and returns undefined. Full-page
 * captures of the long result page took a tenth of the suite's time, for pictures that are only
 * looked at when reviewing a change (`E2E_SCREENSHOTS=1 npm run test:e2e`). A failed test's pages
 * are always captured (useBrowser).
 */
export async function screenshot(page: Page, name: string): Promise<string | undefined> {
  if (process.env.E2E_SCREENSHOTS !== '1') return undefined;
  return capture(page, name);
}

async function capture(page: Page, name: string): Promise<string> {
  const safe = name
    .split('/')
    .map((part) => part.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'page')
    .join('/');
  const path = join(ARTIFACTS, `${safe}.png`);
  mkdirSync(join(path, '..'), { recursive: true });
  // CSS pixels: a phone page (device scale 2) would otherwise be a 4× larger PNG to encode.
  await page.screenshot({ path, fullPage: true, scale: 'css' });
  return path;
}

/** A promise and the function that settles it (Promise.withResolvers needs Node 22). */
export function gate(): { released: Promise<void>; release: () => void } {
  let release: (() => void) | undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { released, release: () => release?.() };
}
