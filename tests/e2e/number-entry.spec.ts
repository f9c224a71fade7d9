import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { questionsForStep, SAMPLE_ANSWERS, type Answers } from '../../src/domain';
import { expectCleanPage, gotoApp, newPage, screenshot, settle, useBrowser } from './support';

const browser = useBrowser();

const WORKSPACE_KEY = 'hire-ready:draft';
const PHONE = { width: 375, height: 812 };

// The first three steps answered, so the wizard opens on Deals (the store's persisted shape,
// version 1, which restore-draft migrates).
const BEFORE_DEALS = Object.fromEntries(
  (['company', 'lead-flow', 'process'] as const).flatMap((step) =>
    questionsForStep(step).map((q) => [q.id, SAMPLE_ANSWERS[q.id]]),
  ),
) as Partial<Answers>;

async function openDeals(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [
      WORKSPACE_KEY,
      JSON.stringify({ state: { answers: BEFORE_DEALS, step: 'deals' }, version: 1 }),
    ] as const,
  );
  await gotoApp(page, '#/assess/deals');
  await page.getByRole('heading', { level: 1, name: /Deals/ }).waitFor();
}

const acv = (page: Page) => page.getByLabel('What is your average first-year contract value?');
const closeRate = (page: Page) =>
  page.getByLabel('What share of qualified opportunities do you win?');
const echoOf = (page: Page, id: string) => page.locator(`#q-${id}-echo`);

async function chooseCurrency(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('radio', { name }).check();
}

describe('number entry at 375 × 812', () => {
  it('accepts $30k, 1.2m, €30.000 and 25%, echoes each, and saves them', async () => {
    const page = await newPage(browser(), { viewport: PHONE, mobile: true });
    await openDeals(page);

    await chooseCurrency(page, /US dollars/);
    await acv(page).fill('$30k');
    await expect.poll(() => echoOf(page, 'acv').textContent()).toBe('= $30,000 (30 thousand)');
    await acv(page).fill('1.2m');
    await expect.poll(() => echoOf(page, 'acv').textContent()).toBe('= $1,200,000 (1.2 million)');

    await chooseCurrency(page, /Euros/);
    await acv(page).fill('€30.000');
    await expect.poll(() => echoOf(page, 'acv').textContent()).toBe('= €30,000 (30 thousand)');
    // The echo is part of the field's description, so a screen reader hears it with the input.
    expect(await acv(page).getAttribute('aria-describedby')).toContain('q-acv-echo');

    await closeRate(page).fill('25%');
    await expect.poll(() => echoOf(page, 'closeRatePct').textContent()).toBe('= 25%');
    await page.getByLabel(/How long does a deal take/).fill('45 days');
    await page.getByLabel(/How many people take part/).fill('+3');
    await page.getByLabel(/How many people take part/).blur();
    await expectCleanPage(page);
    await screenshot(page, 'number-entry/echo-375');

    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: /Capacity and budget/ }).waitFor();
    const saved = await page.evaluate((key) => localStorage.getItem(key) ?? '', WORKSPACE_KEY);
    expect(saved).toContain('"acv":30000');
    expect(saved).toContain('"closeRatePct":25');
    expect(saved).toContain('"currency":"EUR"');
  });

  it('shows the 0.25 close-rate check when leaving the field, and applies its fix', async () => {
    const page = await newPage(browser(), { viewport: PHONE, mobile: true });
    await openDeals(page);
    await closeRate(page).fill('0.25');
    await closeRate(page).blur();
    const check = page.getByRole('group', {
      name: 'A close rate of 0.25% is unusual. Did you mean 25%?',
    });
    await check.waitFor();
    await expectCleanPage(page);
    await screenshot(page, 'number-entry/check-375');

    await check.getByRole('button', { name: 'Use 25%' }).click();
    await expect.poll(() => closeRate(page).inputValue()).toBe('25');
    await expect.poll(() => check.count()).toBe(0);
    await expect.poll(() => echoOf(page, 'closeRatePct').textContent()).toBe('= 25%');
  });

  it('asks which reading was meant when an amount reads two ways', async () => {
    const page = await newPage(browser(), { viewport: PHONE, mobile: true });
    await openDeals(page);
    await chooseCurrency(page, /US dollars/);
    await acv(page).fill('$25.000');
    const question = page.getByRole('group', { name: /can be read two ways/ });
    await question.waitFor();
    await expectCleanPage(page);
    await screenshot(page, 'number-entry/question-375');
    await question.getByRole('button', { name: '$25\u202f000' }).click();
    await expect.poll(() => acv(page).inputValue()).toBe('25000');
    await expect.poll(() => echoOf(page, 'acv').textContent()).toBe('= $25,000 (25 thousand)');
  });

  it("keeps the answers in place when the header's client name arrives late", async () => {
    const page = await newPage(browser(), { viewport: PHONE, mobile: true });
    // A slow connection: the code for the header's "Open: <client>" line arrives 400 ms late.
    // Before, the questions showed first and moved down a line when it came, under a tap
    // about to choose an answer.
    await page.route(/current-client-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await openDeals(page);
    const usd = page.getByRole('radio', { name: /US dollars/ });
    const before = await usd.boundingBox();
    await page
      .getByRole('banner')
      .getByRole('link', { name: SAMPLE_ANSWERS.companyName })
      .waitFor();
    await settle(page);
    expect(await usd.boundingBox()).toEqual(before);
    await chooseCurrency(page, /US dollars/);
  });

  it('gives garbage and huge numbers a clear message and keeps what was typed', async () => {
    const page = await newPage(browser(), { viewport: PHONE, mobile: true });
    await openDeals(page);
    await chooseCurrency(page, /US dollars/);
    await acv(page).fill('lots');
    await closeRate(page).fill('9'.repeat(400));
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    await expect
      .poll(() => summary.textContent())
      .toContain(
        'Enter your average first-year contract value as a number, for example $30,000 or 30k',
      );
    await expect
      .poll(() => summary.textContent())
      .toContain('Enter a close rate between 0 and 100 (%)');
    expect(await acv(page).inputValue()).toBe('lots');
    await settle(page);
    await expectCleanPage(page);
    await screenshot(page, 'number-entry/errors-375');
  });
});

describe('number entry at 1280', () => {
  it('shows the echo, question and check beside a wide layout', async () => {
    const page = await newPage(browser(), { viewport: 1280 });
    await openDeals(page);
    await chooseCurrency(page, /Euros/);
    await acv(page).fill('50');
    await closeRate(page).fill('0.25');
    await closeRate(page).blur();
    await page.getByRole('group', { name: /close rate of 0.25% is unusual/ }).waitFor();
    await page
      .getByRole('group', { name: /first-year contract value of €50 is unusual/ })
      .waitFor();
    // Soft checks never block: Continue is still there, with no error summary.
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectCleanPage(page);
    await screenshot(page, 'number-entry/checks-1280');
  });
});
