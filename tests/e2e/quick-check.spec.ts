import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  appUrl,
  expectCleanPage,
  gotoApp,
  newPage,
  screenshot,
  settle,
  useBrowser,
} from './support';

/*
 * Issue 14: the quick check. From the landing page to a quick result on a phone within 12 taps and
 * 10 keystrokes (counted here), the "could change this" list against the full assessment, refining
 * into a full assessment without retyping, and a quick result's link in a fresh browser.
 */

const browser = useBrowser();
const PHONE = { width: 375, height: 812 };

/** Counts what a user does: every tap, and every key typed. */
class Counter {
  taps = 0;
  keys = 0;
  async tap(target: Locator): Promise<void> {
    this.taps++;
    await target.tap();
  }
  async type(target: Locator, text: string): Promise<void> {
    this.taps++;
    await target.tap();
    this.keys += text.length;
    await target.pressSequentially(text);
  }
}

async function h1Text(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
}

/** The verdict card's confidence word ("Medium", "Low", …). */
async function confidenceText(page: Page): Promise<string> {
  return (await page.locator('.verdict .fact-value[class*="confidence-"]').textContent()) ?? '';
}

function couldChangeSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Questions that could change this' });
}

/** The fold holding the questions that would not change the answer ("14 questions that …"). */
function steadyFold(page: Page): Locator {
  return couldChangeSection(page).getByRole('button', {
    name: /questions? that would not change it/,
  });
}

/** The quick check's rows, as "label|changes" strings in order, the folded ones opened first. */
async function couldChangeRows(page: Page): Promise<string[]> {
  const fold = steadyFold(page);
  if ((await fold.count()) > 0 && (await fold.getAttribute('aria-expanded')) !== 'true') {
    await fold.click();
  }
  const items = couldChangeSection(page).getByRole('listitem');
  const n = await items.count();
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const label = (await item.getByRole('link').textContent())?.trim() ?? '';
    const text = (await item.textContent()) ?? '';
    rows.push(`${label}|${text.includes('Could change it') ? 'yes' : 'no'}`);
  }
  return rows;
}

/** Fills the quick form the way a founder on a phone would, counting every tap and key. */
async function quickCheckOnPhone(page: Page, counter: Counter): Promise<void> {
  await gotoApp(page, '#/');
  await counter.tap(page.getByRole('link', { name: 'Start quick check' }));
  await page.getByRole('heading', { level: 1, name: 'Quick check' }).waitFor();
  await settle(page);
  await counter.type(page.getByLabel(/How many paying customers/), '18');
  await counter.tap(
    page
      .getByRole('group', { name: /Common answers: Account executives/ })
      .getByRole('button', { name: 'None' }),
  );
  await counter.type(page.getByLabel(/How many new qualified opportunities/), '12');
  await counter.tap(page.getByRole('radio', { name: 'Yes' }));
  await counter.tap(page.getByRole('radio', { name: 'Partly written down' }));
  await counter.type(page.getByLabel(/average first-year contract value/), '24k');
  await counter.tap(
    page
      .getByRole('group', { name: /Common answers: Close rate/ })
      .getByRole('button', { name: '25%' }),
  );
  await counter.tap(
    page
      .getByRole('group', { name: /Common answers: Runway/ })
      .getByRole('button', { name: '18 months' }),
  );
}

describe('quick check on a phone (375 × 812)', () => {
  it('reaches a quick result within 12 taps and 10 keystrokes', async () => {
    const page = await newPage(browser(), { viewport: PHONE, mobile: true });
    const counter = new Counter();
    await quickCheckOnPhone(page, counter);
    expect(await page.getByText(`8 of 8 answered`).isVisible()).toBe(true);
    // At most three phone screens, filled in and echoed.
    const formHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`quick check at 375 px: ${formHeight} px`);
    expect(formHeight).toBeLessThanOrEqual(3 * PHONE.height);
    await expectCleanPage(page);
    await screenshot(page, 'quick-check-form-phone-375');
    await counter.tap(page.getByRole('button', { name: 'See my quick answer' }));
    await page.waitForURL((url) => url.hash === '#/results');
    await couldChangeSection(page).waitFor();
    console.log(`quick check: ${counter.taps} taps, ${counter.keys} keystrokes`);
    expect(counter.taps).toBeLessThanOrEqual(12);
    expect(counter.keys).toBeLessThanOrEqual(10);

    // An honest quick result: never high confidence, every unanswered question listed.
    await expect.poll(() => h1Text(page)).toBe(P1_HEADLINE);
    expect(await confidenceText(page)).not.toMatch(/high/i);
    // Held to the full result's limit: with every section closed, the whole page fits in four
    // phone screens. The one question that could change the answer is in view; the 14 that could
    // not wait behind one closed heading.
    await settle(page);
    expect(await page.locator('[aria-expanded="true"]').count()).toBe(0);
    expect(
      await couldChangeSection(page)
        .getByRole('link', { name: 'Deals won without a founder (6 months)' })
        .isVisible(),
    ).toBe(true);
    expect(await steadyFold(page).textContent()).toMatch(/^14 questions that would not change it/);
    const resultHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`quick result at 375 px, sections closed: ${resultHeight} px`);
    expect(resultHeight).toBeLessThanOrEqual(4 * PHONE.height);
    const rows = await couldChangeRows(page);
    console.log(`could change (profile 1): ${rows.join(', ')}`);
    expect(rows.length).toBe(15);
    expect(rows.filter((r) => r.endsWith('|yes'))).toEqual([
      'Deals won without a founder (6 months)|yes',
    ]);
    await settle(page);
    // The assumptions panel (results page, engine v2 first cut) has small inputs that fail
    // target-size at 375 px on every result, quick or not: not this feature's; reported.
    await expectCleanPage(page, { axe: { exclude: ['.assumption-group'] } });
    await screenshot(page, 'quick-result-phone-375');

    // Checked against the full assessment: answer that question as the list says, and the
    // result moves to what the list predicted; the other assumed answers on its step stay assumed.
    await couldChangeSection(page)
      .getByRole('link', { name: 'Deals won without a founder (6 months)' })
      .click();
    await page.waitForURL((url) => url.hash.startsWith('#/assess/process'));
    const field = page.locator('#q-nonFounderWins');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('');
    await expectCleanPage(page);
    await screenshot(page, 'quick-refine-question-phone-375');
    await field.fill('1');
    await page.getByRole('button', { name: 'Save and see the result' }).click();
    await page.waitForURL((url) => url.hash === '#/results');
    await expect.poll(() => h1Text(page)).toBe('Hire a mid-market account executive now');
    expect((await couldChangeRows(page)).length).toBe(14);
  }, 300_000);
});

const P1_HEADLINE =
  'Hire a mid-market account executive once your playbook is written (about 4 weeks)';

/** Seeds a quick check through the app's own form at 1280 px (not what is counted). */
async function quickCheck(page: Page, given: Record<string, string>): Promise<void> {
  await gotoApp(page, '#/quick');
  await page.getByRole('heading', { level: 1, name: 'Quick check' }).waitFor();
  for (const [name, value] of Object.entries(given)) {
    const radio = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
    if ((await radio.count()) > 0) await radio.check();
    else await page.locator(`input[name="${name}"]`).fill(value);
  }
  await page.getByRole('button', { name: 'See my quick answer' }).click();
  await page.waitForURL((url) => url.hash === '#/results');
  await couldChangeSection(page).waitFor();
}

describe('the could-change list, checked by hand against the full assessment', () => {
  it('profile 2: three customers; nothing assumed could lift "not yet"', async () => {
    const page = await newPage(browser());
    await quickCheck(page, {
      customers: '3',
      aes: '0',
      qualifiedOppsPerMonth: '2',
      leadsUnworked: 'no',
      processDocs: 'in-head',
      acv: '8000',
      closeRatePct: '15',
      runwayMonths: '9',
    });
    await expect.poll(() => h1Text(page)).toBe('Not yet: win more customers yourself first');
    const rows = await couldChangeRows(page);
    expect(rows.length).toBe(15);
    expect(rows.filter((r) => r.endsWith('|yes'))).toEqual([]);
    // By hand: the best plausible answers to every assumed question still leave 3 customers.
    await couldChangeSection(page).getByRole('link', { name: 'Ideal customer profile' }).click();
    await page.locator('input[name="icp"][value="documented"]').check();
    await page.locator('input[name="crm"][value="crm-stages"]').check();
    await page.locator('input[name="qualification"][value="framework"]').check();
    await page.locator('input[name="nonFounderWins"]').fill('3');
    await page.getByRole('button', { name: 'Save and see the result' }).click();
    await page.waitForURL((url) => url.hash === '#/results');
    await expect.poll(() => h1Text(page)).toBe('Not yet: win more customers yourself first');
  }, 300_000);

  it('profile 3: a team of two AEs; the process answers could delay the hire', async () => {
    const page = await newPage(browser());
    await quickCheck(page, {
      customers: '60',
      aes: '2',
      qualifiedOppsPerMonth: '25',
      leadsUnworked: 'no',
      processDocs: 'playbook',
      currency: 'EUR',
      acv: '40000',
      closeRatePct: '20',
      runwayMonths: '24',
    });
    await expect.poll(() => h1Text(page)).toBe('Hire a mid-market account executive now');
    const rows = await couldChangeRows(page);
    // By hand: "sporadic" (busy months and empty months) with leads that never wait is no steady
    // flow for a third closer (decision 010), so the lead-flow answer could change it too.
    expect(rows.filter((r) => r.endsWith('|yes'))).toEqual([
      'Lead flow, last 6 months|yes',
      'Ideal customer profile|yes',
      'Pipeline tracking|yes',
      'Deal qualification|yes',
    ]);
    await screenshot(page, 'quick-result-team-1280');
    // By hand: pipeline in a spreadsheet means setting up a CRM first, as the list says.
    await couldChangeSection(page).getByRole('link', { name: 'Pipeline tracking' }).click();
    await page.locator('input[name="crm"][value="spreadsheet"]').check();
    await page.getByRole('button', { name: 'Save and see the result' }).click();
    await page.waitForURL((url) => url.hash === '#/results');
    await expect
      .poll(() => h1Text(page))
      .toBe('Hire a mid-market account executive once a CRM with stages is set up (about 2 weeks)');
  }, 300_000);
});

describe('a quick result is a real assessment', () => {
  it('its link reopens the same result in a fresh browser, marked as a quick check', async () => {
    const page = await newPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl('#/')).origin,
    });
    await quickCheck(page, P1_GIVEN);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByText(/Link copied/).waitFor();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain('~q');
    const fresh = await newPage(browser());
    await gotoApp(fresh, url.slice(url.indexOf('#')));
    await expect.poll(() => h1Text(fresh)).toBe(P1_HEADLINE);
    expect(await fresh.getByText(/It is a quick check: 15 of its answers/).isVisible()).toBe(true);
    expect(await confidenceText(fresh)).toBe(await confidenceText(page));
    await expectCleanPage(fresh, { axe: { exclude: ['.assumption-group'] } });
  }, 300_000);

  it('refining it into a full assessment keeps every answer', async () => {
    const page = await newPage(browser());
    await quickCheck(page, P1_GIVEN);
    await couldChangeSection(page)
      .getByRole('link', { name: /Answer the remaining 15/ })
      .click();
    await page.waitForURL((url) => url.hash === '#/assess/company');
    // The quick answers are there, not retyped; assumed ones are blank with the typical value said.
    expect(await page.locator('input[name="customers"]').inputValue()).toBe('18');
    expect(
      await page.getByText(/Not answered yet: the quick check assumed/).count(),
    ).toBeGreaterThan(0);
    const steps: Record<string, string>[] = [
      { arrBand: 'under-1m', sdrs: '0', hireRegion: 'us' },
      { leadTrend: 'steady', leadSources: 'inbound', outbound: 'ad-hoc' },
      { icp: 'documented', crm: 'crm', qualification: 'informal', nonFounderWins: '0' },
      { salesCycleDays: '45', stakeholders: '3' },
      { sellingFounders: '1', founderSalesHours: '25', founderClosesAll: 'yes' },
    ];
    const next = ['lead-flow', 'process', 'deals', 'capacity', 'check'];
    for (const [i, given] of steps.entries()) {
      for (const [name, value] of Object.entries(given)) {
        // The URL changes before the next step has rendered (the previous step stays on screen
        // meanwhile), so wait for this step's own field, then check or fill it by its type.
        const field = page.locator(`input[name="${name}"]`).first();
        await field.waitFor();
        const type = await field.getAttribute('type');
        if (type === 'radio' || type === 'checkbox')
          await page.locator(`input[name="${name}"][value="${value}"]`).check();
        else await field.fill(value);
      }
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL((url) => url.hash === `#/assess/${next[i] ?? ''}`);
    }
    await page.waitForURL((url) => url.hash === '#/assess/check');
    await page.getByRole('button', { name: 'See your result' }).click();
    await page.waitForURL((url) => url.hash === '#/results');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // A full assessment now: nothing assumed, and every quick answer kept.
    expect(await couldChangeSection(page).count()).toBe(0);
    const saved = await page.evaluate(() => {
      const raw = localStorage.getItem('hire-ready:draft');
      return JSON.parse(raw ?? '{}').state.assessments[0];
    });
    expect(saved.assumed).toBeUndefined();
    expect(saved.answers).toMatchObject({
      customers: 18,
      aes: 0,
      qualifiedOppsPerMonth: 12,
      leadsUnworked: true,
      processDocs: 'partial',
      acv: 24000,
      closeRatePct: 25,
      runwayMonths: 18,
      arrBand: 'under-1m',
      stakeholders: 3,
      founderSalesHours: 25,
    });
    await screenshot(page, 'quick-refined-full-result-1280');
  }, 300_000);
});

const P1_GIVEN = {
  customers: '18',
  aes: '0',
  qualifiedOppsPerMonth: '12',
  leadsUnworked: 'yes',
  processDocs: 'partial',
  acv: '24000',
  closeRatePct: '25',
  runwayMonths: '18',
};

describe('screens at 1280 px', () => {
  it('the landing page offers both paths and the quick check fits one laptop screen', async () => {
    const page = await newPage(browser(), { viewport: { width: 1280, height: 800 } });
    await gotoApp(page, '#/');
    expect(await page.getByRole('heading', { name: 'Quick check, 2 minutes' }).isVisible()).toBe(
      true,
    );
    expect(
      await page.getByRole('heading', { name: 'Full assessment, 6 minutes' }).isVisible(),
    ).toBe(true);
    await expectCleanPage(page);
    await screenshot(page, 'landing-two-paths-1280');
    await page.getByRole('link', { name: 'Start quick check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quick check' }).waitFor();
    await settle(page);
    // Filled in, every answer echoed ("= $24,000"), the whole form and its submit button still
    // fit the first 800 px: one laptop screen, nothing to scroll to.
    for (const [name, value] of Object.entries(P1_GIVEN)) {
      const radio = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
      if ((await radio.count()) > 0) await radio.check();
      else await page.locator(`input[name="${name}"]`).fill(value);
    }
    await page.getByText('8 of 8 answered').waitFor();
    expect(await page.locator('.number-echo').count()).toBe(6);
    const submitBottom = await page
      .getByRole('button', { name: 'See my quick answer' })
      .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    console.log(`quick check at 1280 × 800: submit ends at ${Math.round(submitBottom)} px`);
    expect(submitBottom).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
    await expectCleanPage(page);
    await screenshot(page, 'quick-check-form-1280');
  }, 240_000);
});
