// JavaScript a visitor downloads to see each screen: every .js file Chromium fetches while the
// route loads until the network is quiet (lazy chunks such as the charts included), summed as gzip
// kB from dist/. "landing JS" in the main table counts only what blocks interactivity; this counts
// everything the screen ends up showing. Reported without budgets, except where bench-budgets.json
// names one (`route JS: <page>`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../lib/chrome.mjs';

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
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      const page = await context.newPage();
      /** @type {Set<string>} */
      const scripts = new Set();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
      });
      await page.goto(new URL(route, ctx.baseUrl).href, { waitUntil: 'networkidle' });
      await context.close();
      const base = new URL(ctx.baseUrl).pathname;
      const gzip = [...scripts].reduce((sum, path) => {
        const file = join(ctx.dist, decodeURIComponent(path.slice(base.length)));
        return sum + gzipSync(readFileSync(file)).length;
      }, 0);
      ctx.log(`route JS ${name}: ${scripts.size} files`);
      results.push({
        name: `route JS: ${name}`,
        value: Math.round(gzip / 10) / 100,
        unit: 'kB gzip',
        note: `${scripts.size} files, lazy chunks included`,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
