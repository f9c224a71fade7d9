import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../../src/domain';
import { seedWorkspace } from './seed';
import { expectCleanPage, gotoApp, newPage, screenshot, settle, useBrowser } from './support';

const browser = useBrowser();

/** One saved client with a private note. */
async function seedClient(page: Page): Promise<void> {
  await seedWorkspace(page, {
    id: 'client-acme',
    answers: SAMPLE_ANSWERS,
    notes: 'Private: budget is tighter than they say.',
  });
}

const presenterMode = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.presenter);

describe('presenter view and keyboard shortcuts', () => {
  it('presenter view enlarges the page, hides editing chrome and notes, and survives a reload', async () => {
    const page = await newPage(browser(), { viewport: 1280 });
    await seedClient(page);
    await gotoApp(page, '#/results');
    const notes = page.getByLabel(/notes/i).first();
    await notes.waitFor();
    const copyLink = page.getByRole('button', { name: 'Copy link' });
    expect(await copyLink.isVisible()).toBe(true);
    const normalSize = await page.evaluate(
      () => getComputedStyle(document.documentElement).fontSize,
    );

    const toggle = page.getByRole('button', { name: 'Presenter view' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => presenterMode(page)).toBe('on');
    // The larger type applies after the attribute changes: wait for it as a reader would see it.
    await expect
      .poll(async () =>
        parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)),
      )
      .toBeGreaterThan(parseFloat(normalSize));
    // Private notes and the editing actions are gone; the answer and the what-if stay.
    await expect.poll(() => notes.isVisible()).toBe(false);
    await expect.poll(() => copyLink.isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await expectCleanPage(page);
    await screenshot(page, 'presenter-results-1280');

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settle(page);
    await expect.poll(() => presenterMode(page)).toBe('on');
    await expect.poll(() => page.getByLabel(/notes/i).first().isVisible()).toBe(false);

    // The p key turns it off again.
    await page.locator('body').press('p');
    await expect.poll(() => presenterMode(page)).toBe('off');
    await expect.poll(() => page.getByLabel(/notes/i).first().isVisible()).toBe(true);
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
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await expectCleanPage(page);
    await screenshot(page, 'shortcuts-dialog-1280');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('body').press('a');
    await page.waitForURL(/#\/clients$/);
    const search = page.getByLabel('Search by name');
    await search.waitFor();
    await page.locator('body').press('/');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);

    // Typing in a field types; it does not trigger shortcuts.
    await page.keyboard.type('ac');
    expect(page.url()).toMatch(/#\/clients$/);
    await expectCleanPage(page);
  });
});
