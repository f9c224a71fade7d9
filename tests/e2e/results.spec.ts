import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  evaluate,
  SAMPLE_ANSWERS,
  type Answers,
  type Assumptions,
} from '../../src/domain';
import {
  WORKSPACE_KEY,
  h1Text,
  openSharedResult,
  seedWorkspace,
  shareRoute,
  storage,
  type SeedAssessment,
} from './seed';
import {
  appUrl,
  expectCleanPage,
  gotoApp,
  newPage,
  screenshot,
  settle,
  useBrowser,
} from './support';

const browser = useBrowser();

const CHANGED: Partial<Assumptions> = { quotaMultiple: 4 };
const EXPECTED = evaluate(SAMPLE_ANSWERS, { ...DEFAULT_ASSUMPTIONS, ...CHANGED });

/** Seeds one complete saved assessment (by default the sample with CHANGED assumptions). */
async function seedDraft(
  page: Page,
  assessment: SeedAssessment = { answers: SAMPLE_ANSWERS, assumptions: CHANGED },
): Promise<void> {
  await seedWorkspace(page, assessment);
}

/** Scrolls to the charts, as a reader does (they load only near the viewport), and waits for both. */
async function waitForCharts(page: Page): Promise<void> {
  await page.locator('section.charts').scrollIntoViewIfNeeded();
  await page.locator('.chart-frame svg.recharts-surface').nth(1).waitFor();
  await settle(page);
}

const chartRequests = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/BarChart|result-charts/.test(request.url())) seen.push(request.url());
  });
  return seen;
};

/** Lets the page use the clipboard, as a person clicking "Copy link" would. */
async function allowClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl('#/')).origin,
  });
}

/** Clicks "Copy link" and returns what landed on the clipboard. */
async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText(/Link copied/).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function scoresTable(page: Page): Promise<string> {
  return page.getByRole('table', { name: /Scores from 0/ }).innerText();
}

describe.each([
  { label: 'desktop', width: 1280 },
  { label: 'phone', width: 375 },
])('results page at $width px', ({ label, width }) => {
  it('answers first, draws both charts without tab stops, and is clean', async () => {
    const page = await newPage(browser(), { viewport: width, mobile: width < 500 });
    await seedDraft(page);
    await gotoApp(page, '#/results');

    await expect.poll(() => h1Text(page)).toBe(EXPECTED.recommendation.headline);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toMatch(/^Your result: .+ – Hire Ready$/);
    await waitForCharts(page);
    // The charts are pictures of the tables next to them: no keyboard stop inside them.
    const tabStops = await page
      .locator('.chart-frame')
      .evaluateAll(
        (frames) =>
          frames
            .flatMap((frame) => [...frame.querySelectorAll<HTMLElement | SVGElement>('[tabindex]')])
            .filter((el) => el.tabIndex >= 0).length,
      );
    expect(tabStops).toBe(0);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await expectCleanPage(page);
    await screenshot(page, `results-${label}-${width}`);

    // The arithmetic opens, and the page stays clean with it open.
    await page.getByText('Show how each number is worked out').click();
    await expectCleanPage(page);
    await screenshot(page, `results-arithmetic-open-${label}-${width}`);
  });
});

describe('a "not yet" result', () => {
  it('shows the blockers first and reads well on a phone', async () => {
    const early: Answers = {
      ...SAMPLE_ANSWERS,
      companyName: 'Early Co',
      arrBand: 'pre-revenue',
      customers: 3,
      processDocs: 'in-head',
      nonFounderWins: 0,
      leadTrend: 'sporadic',
      qualifiedOppsPerMonth: 3,
    };
    const expected = evaluate(early);
    const page = await newPage(browser(), { viewport: 375, mobile: true });
    await seedDraft(page, { answers: early });
    await gotoApp(page, '#/results');
    await expect.poll(() => h1Text(page)).toBe(expected.recommendation.headline);
    expect(await page.getByRole('heading', { level: 2, name: 'Fix these first' }).isVisible()).toBe(
      true,
    );
    await waitForCharts(page);
    await expectCleanPage(page);
    await screenshot(page, 'results-not-yet-phone-375');
  });
});

describe('assumptions', () => {
  it('re-scores as a value is typed and keeps the change after a reload', async () => {
    const page = await newPage(browser());
    await seedDraft(page);
    await gotoApp(page, '#/results');
    const field = page.getByRole('spinbutton', {
      name: 'Pipeline a new account executive needs to start',
    });
    await field.fill('2');
    const after = evaluate(SAMPLE_ANSWERS, {
      ...DEFAULT_ASSUMPTIONS,
      ...CHANGED,
      minPipelineCoverage: 2,
    });
    expect(after.recommendation.headline).not.toBe(EXPECTED.recommendation.headline);
    await expect.poll(() => h1Text(page)).toBe(after.recommendation.headline);
    await field.fill('50');
    await page
      .getByText(/Enter a value between/)
      .first()
      .waitFor();
    await expect.poll(() => h1Text(page)).toBe(after.recommendation.headline);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => h1Text(page)).toBe(after.recommendation.headline);
    await expectCleanPage(page);
  });
});

describe('share link', () => {
  it('copies a link that reopens the same result in a fresh browser', async () => {
    const page = await newPage(browser());
    await seedDraft(page);
    await allowClipboard(page);
    await gotoApp(page, '#/results');
    const scores = await scoresTable(page);

    const url = await copyLink(page);
    expect(url.startsWith(appUrl('#s/'))).toBe(true);
    console.log(`share URL (${url.length} characters): ${url}`);

    const fresh = await newPage(browser());
    await gotoApp(fresh, url.slice(url.indexOf('#')));
    await expect.poll(() => h1Text(fresh)).toBe(EXPECTED.recommendation.headline);
    await expect.poll(() => h1Text(fresh)).toBe(await h1Text(page));
    expect(await scoresTable(fresh)).toBe(scores);
    expect(await fresh.title()).toBe('Shared result – Hire Ready');
    expect(await fresh.getByText('You are viewing a shared result.').isVisible()).toBe(true);
    // Viewing a shared result saves nothing.
    expect(await storage(fresh)).not.toHaveProperty(WORKSPACE_KEY);
    await waitForCharts(fresh);
    await expectCleanPage(fresh);
    await screenshot(fresh, 'shared-result-desktop-1280');

    await fresh.getByRole('button', { name: 'Make this my assessment' }).click();
    await fresh.waitForURL((u) => u.hash === '#/results');
    await expect.poll(() => h1Text(fresh)).toBe(EXPECTED.recommendation.headline);
    expect(
      JSON.parse((await storage(fresh))[WORKSPACE_KEY] ?? '{}').state.assessments[0].assumptions,
    ).toEqual(CHANGED);
  });

  it('shows the shared result at 375 px', async () => {
    // The link as "Copy link" makes it (tested above), built with the same codec.
    const phone = await newPage(browser(), { viewport: 375, mobile: true });
    await openSharedResult(phone, SAMPLE_ANSWERS, CHANGED);
    await expect.poll(() => h1Text(phone)).toBe(EXPECTED.recommendation.headline);
    await waitForCharts(phone);
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectCleanPage(phone);
    await screenshot(phone, 'shared-result-phone-375');
  });

  it.each([
    ['garbage', () => 'this-is-not-a-code'],
    ['truncated', (code: string) => code.slice(0, Math.floor(code.length / 2))],
  ])(
    'opens a %s link as a clear error page and leaves the saved draft intact',
    async (kind, damage) => {
      const page = await newPage(browser());
      await seedDraft(page);
      await gotoApp(page, '#/results');
      await page.getByRole('heading', { level: 1 }).waitFor();
      const code = shareRoute(SAMPLE_ANSWERS, CHANGED).slice('#s/'.length);
      const before = await storage(page);
      expect(before[WORKSPACE_KEY]).toBeTruthy();

      await gotoApp(page, `#s/${damage(code)}`);
      await page.reload(); // a fresh load of the damaged link, not just a route change
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => h1Text(page)).toBe('This link is damaged or incomplete');
      expect(await page.title()).toBe('Link damaged – Hire Ready');
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await storage(page)).toEqual(before);
      await expectCleanPage(page);
      await screenshot(page, `share-damaged-${kind}-1280`);
    },
  );
});

describe('print', () => {
  it('loads the charts only when scrolled to, or when Print asks for them', async () => {
    const page = await newPage(browser(), { viewport: { width: 375, height: 800 } });
    const requested = chartRequests(page);
    await seedDraft(page);
    await gotoApp(page, '#/results');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The charts are far below the first screen of a phone: nothing fetched yet.
    expect(requested).toEqual([]);
    expect(await page.locator('.chart-frame svg').count()).toBe(0);

    // Print: the report must have its charts even though nobody scrolled.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = String(
          document.querySelectorAll('.chart-frame svg').length,
        );
      };
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await page.locator('body[data-printed]').waitFor();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('2');
    expect(requested.length).toBeGreaterThan(0);
  });

  it('prints a clean report without chrome or buttons', async () => {
    const page = await newPage(browser(), { viewport: { width: 794, height: 1123 } });
    await seedDraft(page);
    await gotoApp(page, '#/results');
    await waitForCharts(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    expect(await page.getByText(/Hire Ready report, /).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Assumptions' }).first().isVisible()).toBe(true);
    await screenshot(page, 'results-print-a4');
  });
});

describe('export and import', () => {
  it('downloads the answers as JSON and opens the file again from the start page', async () => {
    const page = await newPage(browser());
    await seedDraft(page);
    await gotoApp(page, '#/results');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download answers (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('hire-ready-acme-analytics.json');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text).answers.companyName).toBe('Acme Analytics');

    const other = await newPage(browser());
    await gotoApp(other, '#/');
    await other.getByLabel('Open a saved assessment file').setInputFiles(path);
    await other.waitForURL((u) => u.hash === '#/results');
    await expect.poll(() => h1Text(other)).toBe(EXPECTED.recommendation.headline);
    await expectCleanPage(other);
  });
});

describe('roles explained', () => {
  it('is linked from the result and clean', async () => {
    const page = await newPage(browser(), { viewport: 375, mobile: true });
    await seedDraft(page);
    await gotoApp(page, '#/results');
    await page.getByRole('link', { name: /What do AEs, SDRs/ }).click();
    await page.waitForURL((u) => u.hash === '#/roles');
    await expect.poll(() => h1Text(page)).toBe('Sales roles explained');
    await expectCleanPage(page);
    await screenshot(page, 'roles-phone-375');
  });
});
