// JavaScript a visitor downloads to see each screen on a phone, before charts: every .js file
// Chromium fetches while the route loads, at Lighthouse's mobile viewport (412 × 823, where the
// result charts sit below the fold and are not loaded), until the app has replaced the static
// shell with the real screen and the network has been quiet for half a second. Summed as gzip kB
// from dist/. "landing JS" in the main table counts only what the landing page needs to be
// interactive; this counts everything the screen loads, header controls included. Budgets:
// `route JS: <page>` in bench-budgets.json (issue 13: ≤ 105 kB for the wizard and shared result).
//
// Waiting for the real screen, not just network idle, matters on a busy machine: the entry chunk
// can take longer to run than the idle window, and the route's chunks were then never counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../lib/chrome.mjs';

const MOBILE_VIEWPORT = { width: 412, height: 823 };
const QUIET_MS = 500;
const TIMEOUT_MS = 60_000;

/**
 * @param {import('playwright-core').Page} page
 * @param {() => number} lastActivity
 * @param {() => number} inFlight
 */
async function waitForQuiet(page, lastActivity, inFlight) {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (inFlight() === 0 && Date.now() - lastActivity() >= QUIET_MS) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`the network was not quiet within ${TIMEOUT_MS / 1000} s`);
}

/**
 * @param {import('./types.d.mts').BenchContext} ctx
 * @returns {Promise<import('./types.d.mts').Measurement[]>}
 */
export async function measure(ctx) {
  const lighthouse = /** @type {{ pages?: { name: string; route: string }[] }} */ (
    ctx.budgets.lighthouse ?? {}
  );
  const pages = lighthouse.pages ?? [];
  const browser = await chromium.launch({ executablePath: findChrome(), args: [...CHROME_ARGS] });
  try {
    /** @type {import('./types.d.mts').Measurement[]} */
    const results = [];
    for (const { name, route } of pages) {
      const context = await browser.newContext({
        viewport: MOBILE_VIEWPORT,
        isMobile: true,
        hasTouch: true,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      /** @type {Set<string>} */
      const scripts = new Set();
      let inFlight = 0;
      let lastActivity = Date.now();
      page.on('request', (request) => {
        inFlight++;
        lastActivity = Date.now();
        const url = new URL(request.url());
        if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
      });
      const done = () => {
        inFlight = Math.max(0, inFlight - 1);
        lastActivity = Date.now();
      };
      page.on('requestfinished', done);
      page.on('requestfailed', done);
      await page.goto(new URL(route, ctx.baseUrl).href, { timeout: TIMEOUT_MS });
      // The app's first render replaces the static shell from index.html (src/app/main.tsx).
      await page.waitForFunction(
        () => document.querySelector('#root .shell-variant') === null,
        undefined,
        { timeout: TIMEOUT_MS },
      );
      await waitForQuiet(
        page,
        () => lastActivity,
        () => inFlight,
      );
      await context.close();
      const base = new URL(ctx.baseUrl).pathname;
      const files = [...scripts].map((path) => decodeURIComponent(path.slice(base.length)));
      const gzip = files.reduce(
        (sum, file) => sum + gzipSync(readFileSync(join(ctx.dist, file))).length,
        0,
      );
      ctx.log(`route JS ${name}: ${files.map((file) => file.replace(/^assets\//, '')).join(', ')}`);
      results.push({
        name: `route JS: ${name}`,
        value: Math.round(gzip / 10) / 100,
        unit: 'kB gzip',
        note: `${files.length} files, phone viewport, charts below the fold not loaded`,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
