import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/domain';
import { h1Text, shareRoute } from './seed';
import {
  appUrl,
  expectCleanPage,
  gate,
  gotoApp,
  newPage,
  pageProblems,
  screenshot,
  settle,
  useBrowser,
} from './support';

const browser = useBrowser();

describe.each([
  { label: 'desktop', width: 1280 },
  { label: 'phone', width: 375 },
])('landing page at $width px', ({ label, width }) => {
  it('says what it decides, that answers stay local, and opens the wizard', async () => {
    const page = await newPage(browser(), { viewport: width });
    await gotoApp(page, '#/');

    const h1 = page.getByRole('heading', { level: 1 });
    await expect.poll(() => h1.count()).toBe(1);
    expect(await h1.textContent()).toMatch(/next sales hire/i);
    expect(await h1.isVisible()).toBe(true);
    expect(
      await page.getByText('Your answers stay in this browser.', { exact: true }).isVisible(),
    ).toBe(true);

    expect(await page.title()).toMatch(/^Hire Ready/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThan(50);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // Nothing may scroll sideways, least of all on a phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await expectCleanPage(page);
    await screenshot(page, `landing-${label}-${width}`);

    await page.getByRole('link', { name: 'Start assessment' }).click();
    await page.waitForURL((url) => url.hash === '#/assess/company');
    // The landing's own h1 stays until the step has rendered: wait for the step's.
    await page.getByRole('heading', { level: 1, name: STEPS[0]?.title }).waitFor();
    await expectCleanPage(page);
    await screenshot(page, `wizard-first-step-${label}-${width}`);
  });
});

describe('static files', () => {
  it('serves robots.txt', async () => {
    const response = await fetch(appUrl('robots.txt'));
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^User-agent: \*/m);
  });

  it('serves favicon.svg as SVG', async () => {
    const response = await fetch(appUrl('favicon.svg'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toContain('<svg');
  });
});

describe('the clean-page check', () => {
  it('does not count a request that a reload cancelled, but counts a missing file', async () => {
    const page = await newPage(browser(), { viewport: 1280 });
    // The header controls' chunk is held on the first load, so the reload cancels it mid-flight.
    let held = 0;
    const { released: afterReload, release: reloaded } = gate();
    await page.route(/\/app-controls-[\w-]+\.js$/, async (route) => {
      if (held++ > 0) return route.continue();
      await afterReload;
      await route.continue().catch(() => undefined);
    });
    await page.goto(appUrl('#/clients'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => held).toBe(1);
    await page.reload();
    reloaded();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => held).toBe(2);
    await settle(page);
    expect(pageProblems(page).failedRequests).toEqual([]);

    await page.addScriptTag({ url: './assets/missing.js' }).catch(() => undefined);
    await expect
      .poll(() => pageProblems(page).failedRequests.join('\n'))
      .toMatch(/404 GET .*missing\.js/);
  });
});

describe('the static first paint', () => {
  // On a slow connection the browser paints index.html while it is still parsing it, so the static
  // shell appears from the top down. If the CSS showed an element above one that comes earlier in
  // the markup, the later one would push the earlier one down the screen as it arrived (the
  // wizard's "Why we ask" box once did: a layout shift of up to 0.46 in Lighthouse). So on a
  // phone, each variant's visible content must be laid out in its markup's order.
  it.each(['#/', '#/assess/company', '#/results'])(
    'lays %s out on a phone in the order of its markup',
    async (route) => {
      const page = await newPage(browser(), { viewport: 375, mobile: true });
      // The first paint as the HTML alone gives it: no script but the inline one in <head>.
      await page.route(/\.js$/, (request) => request.abort());
      await page.goto(appUrl(route));
      const outOfOrder = await page.evaluate(() => {
        const shown = [...document.querySelectorAll('#root *')].filter((element) => {
          const box = element.getBoundingClientRect();
          return (
            element.children.length === 0 &&
            box.width > 1 &&
            box.height > 1 &&
            element.checkVisibility({ visibilityProperty: true })
          );
        });
        const names = shown.map(
          (element) =>
            element.textContent?.trim().slice(0, 40) ||
            `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`,
        );
        const found: string[] = [];
        let lowestTop = -Infinity;
        let lowestText = '';
        for (const [index, element] of shown.entries()) {
          const box = element.getBoundingClientRect();
          // Entirely above an element that came earlier in the markup (beside one is fine).
          if (box.bottom <= lowestTop) found.push(`${names[index]} above ${lowestText}`);
          if (box.top > lowestTop) {
            lowestTop = box.top;
            lowestText = names[index] ?? '';
          }
        }
        return { found, checked: shown.length };
      });
      expect(outOfOrder.checked).toBeGreaterThan(5);
      expect(outOfOrder.found).toEqual([]);
    },
  );

  it("fetches a shared result's code alongside the entry, not after it", async () => {
    const page = await newPage(browser(), { viewport: 375, mobile: true });
    // Hold the entry script: only the inline script in <head> can ask for the result's code.
    const entry = gate();
    await page.route(/\/assets\/index-[^/]+\.js$/, async (request) => {
      await entry.released;
      await request.continue();
    });
    const resultCode = page.waitForRequest(/\/assets\/shared-result-page-[^/]+\.js$/);
    await page.goto(appUrl(shareRoute()), { waitUntil: 'commit' });
    await resultCode;
    entry.release();
    await expect.poll(() => h1Text(page)).toMatch(/account executive/i);
    await expectCleanPage(page);
  });
});
