// Notes typing with a consultant's years of clients saved (issue 12, item 8).
//
// Setup: 2,000 assessments (NOTES_BENCH_COUNT to change) are seeded into localStorage, the built
// app opens the result of one in Chromium, the "Private notes" section is opened and 60 characters
// are typed into the box, one key at a time (Playwright sends each as a real key event).
//
// What one key costs: the main-thread time the key makes the page spend before its text is on
// screen, in two parts that are measured in the page and added:
//   1. input: from the first keydown listener (capture, on window, before the app's) until the
//      task that handles the key ends, read by a MessageChannel message posted at keydown (it runs
//      after the key's keydown/keypress/beforeinput/input handlers and the React render they
//      cause, including its microtasks);
//   2. frame: from the next requestAnimationFrame callback until a MessageChannel message posted
//      there arrives, which is after that frame's style, layout and paint (the rendering update
//      that shows the character).
// The idle wait between them (for the display's next frame, up to 16.7 ms) is not counted: it is
// no work of ours and would hide the budget. Keys are typed one frame apart (the next key waits
// for the previous key's frame), so each key's work is measured alone, as when a person types.
// Reported: the median over keys (budget `notes-typing-2000`, ≤ 16 ms: one 60 Hz frame) and the
// 95th percentile (no budget). The saves the box makes after a pause in typing are not inside a
// key's window; the script checks that the typed text did reach storage afterwards, so a bench of
// a box that never saves cannot pass.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../lib/chrome.mjs';

const KEY = 'hire-ready:draft';
const COUNT = Number(process.env.NOTES_BENCH_COUNT ?? 2_000);
const TEXT = 'Renewal in March; CFO joins next call; ask about the SDR budget. ';

/**
 * @param {import('./types.d.mts').BenchContext} ctx
 * @returns {Promise<import('./types.d.mts').Measurement[]>}
 */
export async function measure(ctx) {
  const { SAMPLE_ANSWERS } = await ctx.loadTs('src/domain/index.ts');
  const now = Date.now();
  const assessments = Array.from({ length: COUNT }, (_, i) => ({
    id: `client-${i}`,
    answers: { ...Object(SAMPLE_ANSWERS), companyName: `Client ${i}` },
    step: 'results',
    assumptions: {},
    whatIf: {},
    notes: `Met on call ${i}. `.repeat(20),
    createdAt: now - i * 3_600_000,
    updatedAt: now - i * 3_600_000,
  }));
  const saved = JSON.stringify({
    state: { assessments, activeId: 'client-0', deleted: {} },
    version: 2,
  });
  ctx.log(
    `notes-typing: ${COUNT} assessments, ${(saved.length / 1e6).toFixed(1)} M characters saved`,
  );

  const browser = await chromium.launch({ executablePath: findChrome(), args: [...CHROME_ARGS] });
  try {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('seeded') === null) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(key, value);
        }
        /** @type {{ input: number; frame: number }[]} */
        const costs = [];
        Object.assign(window, { keyCosts: costs });
        window.addEventListener(
          'keydown',
          () => {
            const start = performance.now();
            /** @type {{ input: number; frame: number }} */
            const cost = { input: NaN, frame: NaN };
            const afterInput = new MessageChannel();
            afterInput.port1.addEventListener('message', () => {
              // Only if the frame has not already been measured (then it covered this span).
              if (Number.isNaN(cost.frame)) cost.input = performance.now() - start;
            });
            afterInput.port1.start();
            afterInput.port2.postMessage(0);
            requestAnimationFrame(() => {
              const frameStart = performance.now();
              const afterFrame = new MessageChannel();
              afterFrame.port1.addEventListener('message', () => {
                cost.frame = performance.now() - frameStart;
                // The frame ran before the input task's message: the frame span covers the key from
                // its start, so count it from keydown, once.
                if (Number.isNaN(cost.input)) {
                  cost.input = 0;
                  cost.frame = performance.now() - start;
                }
                costs.push(cost);
              });
              afterFrame.port1.start();
              afterFrame.port2.postMessage(0);
            });
          },
          { capture: true },
        );
      },
      [KEY, saved],
    );
    await page.goto(new URL('#/results', ctx.baseUrl).href, { waitUntil: 'load' });
    // The notes are folded away under "Private notes"; open them as a user does.
    await page.getByRole('button', { name: /^Private notes/ }).click({ timeout: 60_000 });
    const box = page.getByLabel('Notes for this assessment');
    await box.waitFor({ timeout: 60_000 });
    await box.click();
    await page.keyboard.press('End');
    // Let the click's own work (focus, the section's layout) finish before counting keys.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.evaluate(() => {
      /** @type {any} */ (window).keyCosts.length = 0;
    });
    const typed = TEXT.slice(0, 60);
    for (let i = 0; i < typed.length; i++) {
      await page.keyboard.type(typed.charAt(i));
      // One key at a time, as a person types: the next key waits until this one's frame is done.
      await page.waitForFunction((n) => /** @type {any} */ (window).keyCosts.length >= n, i + 1, {
        polling: 'raf',
        timeout: 30_000,
      });
    }
    /** @type {{ input: number; frame: number }[]} */
    const parts = await page.evaluate(() => /** @type {any} */ (window).keyCosts);
    const costs = parts.map((p) => p.input + p.frame);
    // The text must actually have been saved (after the pause): a bench of a broken save is no bench.
    await page.waitForFunction(
      ([key, text]) => (localStorage.getItem(key) ?? '').includes(text),
      [KEY, typed.trim()],
      { timeout: 10_000 },
    );
    await context.close();
    const sorted = costs.toSorted((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
    return [
      {
        name: 'notes-typing-2000',
        value: Math.round(ctx.median(costs) * 100) / 100,
        unit: 'ms/key',
        note: `median of ${costs.length} keys, ${COUNT} assessments saved`,
      },
      {
        name: 'notes-typing-2000 p95',
        value: Math.round(p95 * 100) / 100,
        unit: 'ms/key',
        note: 'reported, no budget',
      },
    ];
  } finally {
    await browser.close();
  }
}
