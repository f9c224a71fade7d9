import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../../src/domain';
import { bottomOf, seedWorkspace } from './results-seed';
import {
  appUrl,
  expectCleanPage,
  gate,
  gotoApp,
  newPage,
  screenshot,
  settle,
  useBrowser,
} from './support';

const browser = useBrowser();

// One saved client with a private note, and optionally another client (store format v2).
async function seedClient(page: Page, withOther = false): Promise<void> {
  const now = Date.now();
  const workspace = JSON.stringify({
    state: {
      assessments: [
        {
          id: 'client-acme',
          answers: SAMPLE_ANSWERS,
          step: 'results',
          assumptions: {},
          whatIf: {},
          notes: 'Private: budget is tighter than they say.',
          createdAt: now,
          updatedAt: now,
        },
        ...(withOther
          ? [
              {
                id: 'client-globex',
                answers: { ...SAMPLE_ANSWERS, companyName: 'Globex Corp' },
                step: 'results',
                assumptions: {},
                whatIf: {},
                notes: '',
                createdAt: now - 1000,
                updatedAt: now - 1000,
              },
            ]
          : []),
      ],
      activeId: 'client-acme',
      deleted: {},
    },
    version: 2,
  });
  await page.addInitScript((value) => {
    if (localStorage.getItem('hire-ready:draft') === null)
      localStorage.setItem('hire-ready:draft', value);
  }, workspace);
}

describe('presenter view and keyboard shortcuts', () => {
  it('presenter view enlarges the page, hides notes and editing chrome, and survives a reload', async () => {
    const page = await newPage(browser(), { viewport: 1280 });
    await seedClient(page);
    await gotoApp(page, '#/results');
    const notesToggle = page.locator('.fold-toggle', { hasText: 'Private notes' });
    await notesToggle.waitFor();
    const normalSize = await page.evaluate(
      () => getComputedStyle(document.documentElement).fontSize,
    );

    const toggle = page.getByRole('button', { name: 'Presenter view' });
    await toggle.click();
    // Wait for what the user sees: the pressed button, then the larger type once it applies.
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBe('on');
    await expect
      .poll(async () =>
        parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)),
      )
      .toBeGreaterThan(parseFloat(normalSize));
    // Private notes are gone; the verdict and its primary action stay.
    await expect.poll(() => notesToggle.isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Share' }).isVisible()).toBe(true);
    await expectCleanPage(page);
    await screenshot(page, 'presenter-results-1280');

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBe('on');
    expect(await notesToggle.isVisible()).toBe(false);

    // The p key turns it off again, even pressed before the shortcuts' code has arrived: the key
    // is kept and done when it does (early-keys.ts).
    await page.locator('body').press('p');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.presenter))
      .toBe('off');
    expect(await notesToggle.isVisible()).toBe(true);
  });

  it('moves section by section with the arrow keys and names the open client in the header', async () => {
    const page = await newPage(browser(), { viewport: 1280 });
    await seedClient(page);
    await gotoApp(page, '#/results');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.current-client').waitFor();
    expect(await page.locator('.current-client').textContent()).toContain('Acme Analytics');
    await page.locator('body').press('p');
    const nav = page.getByRole('navigation', { name: 'Presenter sections' });
    await nav.waitFor();
    const current = () => nav.locator('[aria-current="step"]').textContent();
    expect(await current()).toContain('Verdict');
    const h1 = page.getByRole('heading', { level: 1 });
    const why = page.locator('.fold-toggle', { hasText: /^Why/ });

    await page.keyboard.press('ArrowRight');
    await expect.poll(current).toContain('Why');
    // The verdict card gives way; the headline stays as the page's h1.
    expect(await page.locator('.verdict').isVisible()).toBe(false);
    expect(await h1.count()).toBe(1);
    expect(await why.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Next steps' }).first().isVisible()).toBe(true);
    await expectCleanPage(page);
    await screenshot(page, 'presenter-why-1280');

    // With a hire to plan, the plan comes between the reasons and the numbers.
    const plan = page.getByRole('region', { name: 'Your hiring plan' });
    await page.keyboard.press('ArrowRight');
    await expect.poll(current).toContain('Plan');
    await plan.waitFor();
    expect(await plan.isVisible()).toBe(true);
    expect(await why.isVisible()).toBe(false);
    expect(await page.locator('.verdict').isVisible()).toBe(false);

    await page.keyboard.press('ArrowRight');
    await expect.poll(current).toContain('Numbers');
    expect(await page.locator('svg.bar-chart').first().isVisible()).toBe(true);
    expect(await why.isVisible()).toBe(false);
    expect(await plan.isVisible()).toBe(false);
    await expectCleanPage(page);

    await page.keyboard.press('ArrowLeft');
    await expect.poll(current).toContain('Plan');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(current).toContain('Verdict');
    expect(await page.locator('.verdict').isVisible()).toBe(true);
  });

  it("hides the other clients' names in the list while presenting", async () => {
    const page = await newPage(browser(), { viewport: 1280 });
    await seedClient(page, true);
    await gotoApp(page, '#/clients');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const list = page.locator('.assessment-item');
    await expect.poll(() => list.count()).toBe(2);
    const globex = page.locator('#open-client-globex');
    expect(await globex.textContent()).toContain('Globex Corp');
    // Pressed as soon as the list shows, possibly before the shortcuts' code has loaded: the key is
    // kept until it has (CI pressed in that moment and the press used to be lost).
    await page.locator('body').press('p');
    await expect.poll(() => globex.textContent()).toContain('Another client');
    expect(await globex.textContent()).not.toContain('Globex Corp');
    expect(await page.locator('.assessment-active').textContent()).toContain('Acme Analytics');
    await expectCleanPage(page);
    await screenshot(page, 'presenter-clients-1280');
  });

  it('keeps a key pressed before the header controls have loaded, and does it when they arrive', async () => {
    const page = await newPage(browser(), { viewport: 1280 });
    await seedClient(page);
    // Hold the controls' chunk back until the key has been pressed, as a slow network would.
    const { released, release } = gate();
    await page.route(/\/app-controls-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(appUrl('#/results'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBe('off');
    await page.locator('body').press('p');
    release();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.presenter))
      .toBe('on');
    expect(
      await page.getByRole('button', { name: 'Presenter view' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('lists only the keys that work on the result page', async () => {
    const page = await newPage(browser(), { viewport: 1280 });
    await seedClient(page);
    await gotoApp(page, '#/results');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const keys = await dialog.locator('kbd').allTextContents();
    expect(keys).toContain('w');
    expect(keys).toContain('c');
    // The assessments list's keys do nothing here.
    expect(keys).not.toContain('n');
    expect(keys).not.toContain('/');
  });

  it('? opens the shortcuts list as a modal, Escape closes it, and keys move around', async () => {
    const page = await newPage(browser(), { viewport: 1280 });
    await seedClient(page);
    await gotoApp(page, '#/results');
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    // Focus is inside the modal, on its Close button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await expectCleanPage(page);
    await screenshot(page, 'shortcuts-dialog-1280');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('body').press('a');
    await page.waitForURL(/#\/clients$/);
    const search = page.getByLabel('Search by name');
    await search.waitFor();
    await page.locator('body').press('/');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);

    // Typing in a field types; it does not trigger shortcuts.
    await page.keyboard.type('ac');
    expect(page.url()).toMatch(/#\/clients$/);
    await expectCleanPage(page);
  });
});

describe('presenter view on a phone (375 × 812)', () => {
  it('keeps the verdict, its status, the confidence reason and Share on the first screen', async () => {
    const PHONE = { width: 375, height: 812 };
    const page = await newPage(browser(), { viewport: PHONE, mobile: true });
    await seedWorkspace(page, undefined, { presenter: true });
    await gotoApp(page, '#/results');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.presenter)).toBe('on');
    expect(await bottomOf(page, 'h1')).toBeLessThanOrEqual(PHONE.height);
    expect(await bottomOf(page, '.status-pill')).toBeLessThanOrEqual(PHONE.height);
    expect(await bottomOf(page, '.verdict-fact:nth-child(2) .fact-text')).toBeLessThanOrEqual(
      PHONE.height,
    );
    const share = page.getByRole('button', { name: 'Share' });
    expect(await share.isVisible()).toBe(true);
    const box = await share.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    // Nothing wider than the phone (the section tabs wrap).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await expectCleanPage(page);
    await screenshot(page, 'presenter-results-375');
  });
});
