import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  questionsForStep,
  SAMPLE_ANSWERS,
  STEP_IDS,
  STEPS,
  type Question,
  type StepId,
} from '../../src/domain';
import { answersBefore, WORKSPACE_KEY, seedWorkspace } from './seed';
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

async function h1Text(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

async function waitForStep(page: Page, step: StepId | 'check'): Promise<void> {
  await page.waitForURL((url) => url.hash.split('?')[0] === `#/assess/${step}`);
  const title =
    step === 'check' ? 'Check your answers' : (STEPS.find((s) => s.id === step)?.title ?? '');
  await expect.poll(() => h1Text(page)).toContain(title);
  await settle(page);
}

/** Presses Tab until the element matching `selector` has focus (keyboard only, like a person would). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answers one question with the keyboard only. */
async function answerByKeyboard(page: Page, question: Question, value: unknown): Promise<void> {
  const id = `#q-${question.id}`;
  switch (question.kind) {
    case 'text':
    case 'number':
      await tabTo(page, id);
      await page.keyboard.type(String(value));
      return;
    case 'choice':
    case 'yes-no': {
      const values =
        question.kind === 'yes-no' ? [true, false] : question.options.map((o) => o.value);
      // Tab lands on the first radio of a group with nothing chosen; Space chooses it and each
      // arrow press moves the choice down the list.
      await tabTo(page, id);
      await page.keyboard.press('Space');
      for (let i = 0; i < values.indexOf(value as never); i++)
        await page.keyboard.press('ArrowDown');
      return;
    }
    case 'multi':
      for (const [index, option] of question.options.entries()) {
        if (!(value as string[]).includes(option.value)) continue;
        await tabTo(page, index === 0 ? id : `#q-${question.id}-${option.value}`);
        await page.keyboard.press('Space');
      }
  }
}

/** Answers a step with the mouse/touch, quickly, for tests about something else. */
async function answerStep(
  page: Page,
  step: StepId,
  overrides: Record<string, unknown> = {},
): Promise<void> {
  for (const question of questionsForStep(step)) {
    const value = question.id in overrides ? overrides[question.id] : SAMPLE_ANSWERS[question.id];
    // Optional questions without a sample answer (monthly burn) stay blank.
    if (value === undefined) continue;
    if (question.kind === 'text' || question.kind === 'number') {
      await page.getByLabel(question.label, { exact: true }).fill(String(value));
      continue;
    }
    const group = page.getByRole('group', { name: question.label, exact: true });
    if (question.kind === 'yes-no') {
      await group.getByLabel(value ? 'Yes' : 'No', { exact: true }).check();
    } else if (question.kind === 'choice') {
      const label = question.options.find((o) => o.value === value)?.label ?? '';
      await group.getByLabel(label, { exact: true }).check();
    } else {
      for (const option of question.options) {
        if ((value as string[]).includes(option.value))
          await group.getByLabel(option.label, { exact: true }).check();
      }
    }
  }
}

async function saved(
  page: Page,
): Promise<{ state: { answers: Record<string, unknown>; step: string } } | null> {
  // Saved format v2 (a workspace): the open assessment, or null when none is saved.
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const { state } = JSON.parse(raw) as {
      state: {
        assessments: { id: string; answers: Record<string, unknown>; step: string }[];
        activeId: string | null;
      };
    };
    const active = state.assessments.find((a) => a.id === state.activeId);
    return active ? { state: active } : null;
  }, WORKSPACE_KEY);
}

/** Keyboard only: answers every question of the current step, then continues with Enter. */
async function completeStepByKeyboard(page: Page, step: StepId): Promise<void> {
  await waitForStep(page, step);
  const questions = questionsForStep(step);
  // An optional question without a sample answer (monthly burn) is left blank, as a person may.
  for (const question of questions) {
    const value = SAMPLE_ANSWERS[question.id];
    if (value !== undefined) await answerByKeyboard(page, question, value);
  }
  const last = questions.at(-1);
  if (last && (last.kind === 'number' || last.kind === 'text')) {
    // Enter in a text field continues.
    await page.keyboard.press('Enter');
  } else {
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
  }
}

/** The saved answers of one step's questions. */
async function savedStepAnswers(page: Page, step: StepId): Promise<Record<string, unknown>> {
  const answers = (await saved(page))?.state.answers ?? {};
  return Object.fromEntries(questionsForStep(step).map((q) => [q.id, answers[q.id]]));
}

async function openFirstStepByKeyboard(page: Page): Promise<void> {
  await gotoApp(page, '#/');
  await tabTo(page, 'a[href="#/assess/company"]');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'company');
  // Focus starts on the heading of the first step too.
  expect(await focusedId(page)).toBe('wizard-heading');
}

async function openSeededStep(page: Page, step: StepId): Promise<void> {
  await seedWorkspace(page, { answers: answersBefore(step), step });
  await gotoApp(page, `#/assess/${step}`);
}

// One test per step, each opened as Continue leaves it (earlier steps seeded), so a slow machine
// never has to fit the whole walk into one test's time.
describe('the wizard by keyboard only', () => {
  it.each(
    STEP_IDS.map((step, index) => ({
      step,
      next: (STEP_IDS[index + 1] ?? 'check') as StepId | 'check',
    })),
  )('completes the $step step with Tab, Space, arrows and Enter', async ({ step, next }) => {
    const page = await newPage(browser());
    // The first step is reached from the start page, by keyboard too; later ones are seeded.
    await (step === 'company' ? openFirstStepByKeyboard(page) : openSeededStep(page, step));
    await completeStepByKeyboard(page, step);
    await waitForStep(page, next);
    // Focus starts on the heading of each new step, Check your answers included.
    expect(await focusedId(page)).toBe('wizard-heading');
    expect(await savedStepAnswers(page, step)).toEqual(
      Object.fromEntries(questionsForStep(step).map((q) => [q.id, SAMPLE_ANSWERS[q.id]])),
    );
  });

  it('goes from Check your answers to the result with Enter', async () => {
    const page = await newPage(browser());
    await seedWorkspace(page, { answers: SAMPLE_ANSWERS, step: 'check' });
    await gotoApp(page, '#/assess/check');
    await waitForStep(page, 'check');
    expect((await saved(page))?.state.answers).toEqual(SAMPLE_ANSWERS);
    await tabTo(page, 'button.button');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('See your result');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#/results');
  });
});

describe('navigation and saving', () => {
  it('survives a reload mid-flow, resumes from the start page, and moves with Back and Forward', async () => {
    const page = await newPage(browser());
    await gotoApp(page, '#/assess/company');
    await answerStep(page, 'company');
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForStep(page, 'lead-flow');
    await answerStep(page, 'lead-flow');
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForStep(page, 'process');

    await page.reload();
    await waitForStep(page, 'process');
    expect(await page.title()).toBe('Sales process – Step 3 of 5 – Hire Ready');

    // Browser Back: the previous step, with its saved answers.
    await page.goBack();
    await waitForStep(page, 'lead-flow');
    expect(
      await page
        .getByLabel(questionsForStep('lead-flow')[0]?.label ?? '', { exact: true })
        .inputValue(),
    ).toBe(String(SAMPLE_ANSWERS.qualifiedOppsPerMonth));
    await page.goForward();
    await waitForStep(page, 'process');

    // Typed but not submitted, then the Back link: still there on return.
    await page.getByLabel(/deals closed in the last six months/).fill('7x');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await waitForStep(page, 'lead-flow');
    // The Back link is a link to the previous step, so the browser's Back returns to this one.
    await page.goBack();
    await waitForStep(page, 'process');
    expect(await page.getByLabel(/deals closed in the last six months/).inputValue()).toBe('7x');

    // The start page offers to resume where the user was.
    await gotoApp(page, '#/');
    const resume = page.getByRole('link', { name: 'Resume your assessment' });
    await resume.waitFor();
    expect(await page.getByText('2 of 5 steps answered').isVisible()).toBe(true);
    await expectCleanPage(page);
    await resume.click();
    await waitForStep(page, 'process');

    // Skipping ahead by address lands on the first step that still needs answers.
    await gotoApp(page, '#/assess/capacity');
    await waitForStep(page, 'process');
    expect(await page.getByText(/To go on to Capacity and budget/).isVisible()).toBe(true);
    await expectCleanPage(page);
  });

  it('changes an answer from Check your answers and returns there', async () => {
    const page = await newPage(browser());
    // Every step answered (walking them is the keyboard test's job).
    await seedWorkspace(page, { answers: SAMPLE_ANSWERS, step: 'check' });
    await gotoApp(page, '#/assess/check');
    await waitForStep(page, 'check');
    expect(await page.title()).toBe('Check your answers – Hire Ready');

    await page.getByRole('link', { name: 'Change Close rate' }).click();
    await waitForStep(page, 'deals');
    expect(await focusedId(page)).toBe('q-closeRatePct');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'check');
    expect(await page.getByText('30%', { exact: true }).isVisible()).toBe(true);
    expect((await saved(page))?.state.answers.closeRatePct).toBe(30);
  });

  it('shows the landing page with its resume panel, not the panel pushing the buttons down later', async () => {
    const page = await newPage(browser(), { viewport: 375, mobile: true });
    await seedWorkspace(page, { answers: answersBefore('lead-flow'), step: 'lead-flow' });
    // A slow connection: the resume panel's code, and the store it reads, arrive 400 ms late.
    await page.route(/\/(resume-draft|store)-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(appUrl('#/'));
    // The app has replaced the static first paint from index.html.
    await page.waitForFunction(() => document.querySelector('#root .shell-variant') === null);
    const quick = page.getByRole('link', { name: 'Start quick check' });
    const before = await quick.boundingBox();
    await page.getByRole('link', { name: 'Resume your assessment' }).waitFor();
    expect(await quick.boundingBox()).toEqual(before);
  });

  it('starts over only after confirming', async () => {
    const page = await newPage(browser(), { viewport: 375, mobile: true });
    // The first step answered, as after its Continue.
    await seedWorkspace(page, { answers: answersBefore('lead-flow'), step: 'lead-flow' });
    await gotoApp(page, '#/');
    await page.getByRole('button', { name: 'Start over' }).click();
    const question = page.getByRole('heading', { name: 'Delete your answers and start over?' });
    await question.waitFor();
    expect(await focusedId(page)).toBe('start-over-title');
    await expectCleanPage(page);
    await screenshot(page, 'landing-start-over-375');

    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start over');
    expect(await saved(page)).not.toBeNull();

    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await page.getByText('Your saved answers have been deleted.').waitFor();
    expect(await saved(page)).toBeNull();
  });

  it('starts fresh, and says so, when the saved answers cannot be read', async () => {
    const page = await newPage(browser());
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"state": {"answers": oops');
        sessionStorage.setItem('seeded', '1');
      }
    }, WORKSPACE_KEY);
    await gotoApp(page, '#/');
    // The app shell's storage notice (src/app/storage-notice.tsx), on every page.
    await page
      .getByText(
        /We could not read the assessments saved in this browser, so you are starting fresh\./,
      )
      .waitFor();
    expect(
      await page.getByRole('button', { name: 'Download the saved data', exact: true }).isVisible(),
    ).toBe(true);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith(`${WORKSPACE_KEY}:backup:`))).toBe(true);
    await expectCleanPage(page);
  });
});

// One test per screen: each step as Continue leaves it (earlier steps seeded), then with its errors.
describe.each([
  { label: 'desktop', width: 1280 },
  { label: 'phone', width: 375 },
])('every step at $width px', ({ label, width }) => {
  it.each(STEP_IDS)(
    '%s is clean with and without errors, fits the screen, and has large targets',
    async (step) => {
      const page = await newPage(browser(), { viewport: width, mobile: width < 500 });
      await seedWorkspace(page, { answers: answersBefore(step), step });
      await gotoApp(page, `#/assess/${step}`);
      await waitForStep(page, step);
      await expectCleanPage(page);
      await screenshot(page, `wizard-${step}-${label}-${width}`);

      await page.getByRole('button', { name: 'Continue' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await summary.waitFor();
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
        )
        .toBe(true);
      expect(await page.title()).toMatch(/^Error: /);
      await expectCleanPage(page);
      await screenshot(page, `wizard-${step}-errors-${label}-${width}`);

      // Nothing scrolls sideways; every tap target is at least 44 px tall.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            'main .choice, main input[type="text"], main button, main summary, main a',
          ),
        ]
          .filter((el) => !el.closest('.error-summary, .hint, .help-details-body'))
          .filter((el) => el.getBoundingClientRect().height < 44)
          .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 30)}`),
      );
      expect(small).toEqual([]);

      // Answering the step clears the errors and continues.
      await answerStep(page, step);
      await page.getByRole('button', { name: 'Continue' }).click();
      await waitForStep(page, STEP_IDS[STEP_IDS.indexOf(step) + 1] ?? 'check');
    },
  );

  it('Check your answers is clean and fits the screen', async () => {
    const page = await newPage(browser(), { viewport: width, mobile: width < 500 });
    await seedWorkspace(page, { answers: SAMPLE_ANSWERS, step: 'check' });
    await gotoApp(page, '#/assess/check');
    await waitForStep(page, 'check');
    await expectCleanPage(page);
    await screenshot(page, `wizard-check-${label}-${width}`);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
