// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  QUESTIONS,
  questionsForStep,
  SAMPLE_ANSWERS,
  STEP_IDS,
  STEPS,
  type Answers,
  type Question,
  type StepId,
} from '../../domain';
import {
  activeOrEmpty,
  WORKSPACE_KEY,
  useWorkspaceStore,
  useStorageStatus,
  useUnsavedInput,
} from '../../store';
import { useRoutePath } from '../../ui/router';
import { MAX_ASSESSMENTS } from '../../share/limits';
import { schemaInput, stepSchema } from './form-values';
import { WizardPage } from './wizard-page';

/** The app's routing for wizard addresses, without importing src/app. */
function Harness() {
  const path = useRoutePath();
  const wizard = /^\/assess\/([a-z-]+)(?:\?(.*))?$/.exec(path);
  if (wizard?.[1]) return <WizardPage step={wizard[1]} query={wizard[2] ?? ''} />;
  return <p>Elsewhere: {path}</p>;
}

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    // jsdom fires hashchange asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function open(hash: string) {
  await go(hash);
  render(<Harness />);
  await screen.findByRole('heading', { level: 1 });
}

function answersBefore(step: StepId): Partial<Answers> {
  const before = STEP_IDS.slice(0, STEP_IDS.indexOf(step));
  return Object.fromEntries(
    before.flatMap((s) => questionsForStep(s).map((q) => [q.id, SAMPLE_ANSWERS[q.id]])),
  ) as Partial<Answers>;
}

/** Answers one question the way a person would, with the sample answer. */
async function answer(user: UserEvent, question: Question, value: unknown) {
  switch (question.kind) {
    case 'text':
    case 'number': {
      const input = screen.getByLabelText(question.label);
      await user.clear(input);
      // An optional question the sample leaves unanswered (monthly burn) stays blank.
      if (value !== undefined && String(value) !== '') await user.type(input, String(value));
      return;
    }
    case 'choice': {
      const group = screen.getByRole('group', { name: question.label });
      const label = question.options.find((o) => o.value === value)?.label ?? '';
      await user.click(within(group).getByRole('radio', { name: label }));
      return;
    }
    case 'multi': {
      const group = screen.getByRole('group', { name: question.label });
      for (const option of question.options) {
        if ((value as string[]).includes(option.value))
          await user.click(within(group).getByRole('checkbox', { name: option.label }));
      }
      return;
    }
    case 'yes-no': {
      const group = screen.getByRole('group', { name: question.label });
      await user.click(within(group).getByRole('radio', { name: value ? 'Yes' : 'No' }));
    }
  }
}

async function answerStep(user: UserEvent, step: StepId) {
  for (const question of questionsForStep(step))
    await answer(user, question, SAMPLE_ANSWERS[question.id]);
}

function continueButton() {
  return screen.getByRole('button', { name: 'Continue' });
}

beforeEach(() => {
  localStorage.clear();
  useWorkspaceStore.getState().deleteOpenAssessment();
  useUnsavedInput.getState().discardAll();
  useStorageStatus.setState({
    recovered: undefined,
    readOnly: false,
    original: undefined,
    deletedElsewhere: undefined,
    saveError: undefined,
    otherTabChanges: 0,
    otherTabSeen: 0,
  });
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('each step', () => {
  it.each(STEP_IDS)(
    '%s: heading, title, progress, nothing pre-selected, focus on the heading',
    async (step) => {
      useWorkspaceStore.getState().saveStep(answersBefore(step));
      await open(`#/assess/${step}`);
      const n = STEP_IDS.indexOf(step) + 1;
      const title = STEPS[n - 1]?.title ?? '';

      const h1 = screen.getByRole('heading', { level: 1 });
      expect(h1).toHaveTextContent(`Step ${n} of 5 ${title}`);
      expect(h1).toHaveFocus();
      expect(document.title).toBe(`${title} – Step ${n} of 5 – Hire Ready`);

      const progress = screen.getByRole('navigation', { name: 'Progress' });
      expect(within(progress).getByText(title).closest('li')).toHaveAttribute(
        'aria-current',
        'step',
      );

      for (const control of [
        ...screen.queryAllByRole('radio'),
        ...screen.queryAllByRole('checkbox'),
      ]) {
        expect(control).not.toBeChecked();
      }
      for (const input of screen.queryAllByRole('textbox')) expect(input).toHaveValue('');
    },
  );

  it.each(STEP_IDS)(
    '%s: Continue with nothing entered shows the schema’s messages in a focused summary',
    async (step) => {
      const user = userEvent.setup();
      useWorkspaceStore.getState().saveStep(answersBefore(step));
      await open(`#/assess/${step}`);
      await user.click(continueButton());

      const summary = await screen.findByRole('alert');
      expect(
        within(summary).getByRole('heading', { name: 'There is a problem' }),
      ).toBeInTheDocument();
      expect(summary).toHaveFocus();
      expect(document.title).toMatch(/^Error: /);

      // The messages are the schema's own, in question order, one link per field in error.
      const result = stepSchema(step).safeParse(schemaInput(step, {}));
      const expected = questionsForStep(step).flatMap((q) => {
        const issue = result.error?.issues.find((i) => i.path[0] === q.id);
        return issue ? [issue.message] : [];
      });
      const links = within(summary).getAllByRole('link');
      expect(links.map((link) => link.textContent)).toEqual(expected);

      // Each field in error says so inline, and the summary link focuses it.
      for (const [index, link] of links.entries()) {
        const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
        expect(target).not.toBeNull();
        await user.click(link);
        expect(target).toHaveFocus();
        expect(window.location.hash).toBe(`#/assess/${step}`);
        const describedBy =
          (target?.closest('fieldset') ?? target)?.getAttribute('aria-describedby') ?? '';
        const inline = describedBy
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '');
        expect(inline).toContain(`Error: ${expected[index]}`);
      }
    },
  );

  it.each(STEP_IDS)('%s: answered in full, Continue saves and moves on', async (step) => {
    const user = userEvent.setup();
    useWorkspaceStore.getState().saveStep(answersBefore(step));
    await open(`#/assess/${step}`);
    await answerStep(user, step);
    await user.click(continueButton());

    const next = STEP_IDS[STEP_IDS.indexOf(step) + 1] ?? 'check';
    await waitFor(() => expect(window.location.hash).toBe(`#/assess/${next}`));
    for (const question of questionsForStep(step)) {
      expect(activeOrEmpty(useWorkspaceStore.getState()).answers[question.id]).toEqual(
        SAMPLE_ANSWERS[question.id],
      );
    }
    // Once saved, the step's in-progress copy is gone: coming back shows the saved answers.
    expect(useUnsavedInput.getState().byStep[step]).toBeUndefined();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });
});

describe('typing is never lost', () => {
  it('keeps what was typed when it is invalid, with a message saying how to fix it', async () => {
    const user = userEvent.setup();
    await open('#/assess/company');
    await user.type(screen.getByLabelText(/paying customers/), 'abc');
    await user.type(screen.getByLabelText(/account executives/), '1.5');
    await user.click(continueButton());
    expect(screen.getByLabelText(/paying customers/)).toHaveValue('abc');
    expect(screen.getByLabelText(/account executives/)).toHaveValue('1.5');
    expect(
      screen.getByText('Enter the number of paying customers as a number, for example 12', {
        selector: 'a',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Enter the number of account executives as a whole number', {
        selector: 'a',
      }),
    ).toBeInTheDocument();
  });

  it('keeps unsubmitted input across Back and forward again, and saved answers on the earlier step', async () => {
    const user = userEvent.setup();
    await open('#/assess/company');
    await answerStep(user, 'company');
    await user.click(continueButton());
    await waitFor(() => expect(window.location.hash).toBe('#/assess/lead-flow'));

    await user.type(screen.getByLabelText(/qualified opportunities/), '150x');
    await user.click(screen.getByRole('radio', { name: 'Steady' }));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await waitFor(() => expect(window.location.hash).toBe('#/assess/company'));
    expect(screen.getByLabelText(/paying customers/)).toHaveValue(String(SAMPLE_ANSWERS.customers));

    // Forward again (as the browser's Forward button would).
    await go('#/assess/lead-flow');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lead flow'),
    );
    expect(screen.getByLabelText(/qualified opportunities/)).toHaveValue('150x');
    expect(screen.getByRole('radio', { name: 'Steady' })).toBeChecked();
    // Unsubmitted input is never persisted; only valid answers are.
    expect(localStorage.getItem(WORKSPACE_KEY)).not.toContain('150x');
  });

  it('Enter in a field continues (the form submits)', async () => {
    const user = userEvent.setup();
    await open('#/assess/company');
    await answerStep(user, 'company');
    await user.type(screen.getByLabelText(/SDRs/), '{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/assess/lead-flow'));
  });
});

describe('moving around', () => {
  it('sends a user who skips ahead to the first step with missing answers', async () => {
    useWorkspaceStore.getState().saveStep(answersBefore('process'));
    await open('#/assess/capacity');
    await waitFor(() => expect(window.location.hash).toBe('#/assess/process'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sales process');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(
      screen.getByText(/To go on to Capacity and budget, first answer the questions on this page/),
    ).toBeInTheDocument();
  });

  it('keeps Check your answers closed until every step is answered', async () => {
    useWorkspaceStore.getState().saveStep(answersBefore('deals'));
    await open('#/assess/check');
    await waitFor(() => expect(window.location.hash).toBe('#/assess/deals'));
  });

  it('shows the currency symbol beside the contract value once a currency is chosen', async () => {
    const user = userEvent.setup();
    useWorkspaceStore.getState().saveStep(answersBefore('deals'));
    await open('#/assess/deals');
    const acv = screen.getByLabelText(/first-year contract value/);
    expect(acv.parentElement).not.toHaveTextContent('€');
    await user.click(screen.getByRole('radio', { name: 'Euros (€)' }));
    expect(acv.parentElement).toHaveTextContent('€');
    expect(acv).toHaveAccessibleDescription(expect.stringContaining('in Euros'));
  });
});

describe('Check your answers', () => {
  it('lists every answer by step, and a Change link returns here after Continue', async () => {
    const user = userEvent.setup();
    useWorkspaceStore.getState().saveStep(SAMPLE_ANSWERS);
    await open('#/assess/check');
    expect(document.title).toBe('Check your answers – Hire Ready');
    for (const step of STEPS)
      expect(screen.getByRole('heading', { level: 2, name: step.title })).toBeInTheDocument();
    // Every question, the optional monthly burn (not in the sample) included.
    expect(screen.getAllByRole('link', { name: /^Change / })).toHaveLength(QUESTIONS.length);
    expect(screen.getByText('25%')).toBeInTheDocument();
    expect(screen.getByText('$24,000')).toBeInTheDocument();
    expect(screen.getByText('Inbound, Referrals')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Change Close rate' }));
    await waitFor(() =>
      expect(window.location.hash).toBe('#/assess/deals?from=check&field=closeRatePct'),
    );
    const closeRate = await screen.findByLabelText(/share of qualified opportunities/);
    await waitFor(() => expect(closeRate).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '#/assess/check');

    await user.clear(closeRate);
    await user.type(closeRate, '30');
    await user.click(continueButton());
    await waitFor(() => expect(window.location.hash).toBe('#/assess/check'));
    expect(await screen.findByText('30%')).toBeInTheDocument();
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers.closeRatePct).toBe(30);

    await user.click(screen.getByRole('button', { name: 'See your result' }));
    await waitFor(() => expect(window.location.hash).toBe('#/results'));
    expect(activeOrEmpty(useWorkspaceStore.getState()).step).toBe('results');
  });
});

describe('a question opened from a quick result (from=results)', () => {
  const hash = '#/assess/process?from=results&field=nonFounderWins';

  beforeEach(() => {
    // A quick check that assumed how many deals were won without a founder.
    act(() => {
      useWorkspaceStore.getState().createAssessment({
        answers: SAMPLE_ANSWERS,
        assumptions: {},
        assumed: ['nonFounderWins'],
      });
    });
  });

  it('says the button saves and returns to the result', async () => {
    const user = userEvent.setup();
    await open(hash);
    const field = screen.getByLabelText(/without a founder/);
    await waitFor(() => expect(field).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();

    await user.type(field, '1');
    await user.click(screen.getByRole('button', { name: 'Save and see the result' }));
    await waitFor(() => expect(window.location.hash).toBe('#/results'));
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers.nonFounderWins).toBe(1);
  });

  it('Back says it leaves the result unchanged once something is typed, and does', async () => {
    const user = userEvent.setup();
    await open(hash);
    expect(screen.getByRole('link', { name: 'Back to the result' })).toHaveAttribute(
      'href',
      '#/results',
    );

    await user.type(screen.getByLabelText(/without a founder/), '1');
    const back = screen.getByRole('link', { name: 'Back to the result without saving' });
    expect(back).toHaveAttribute('href', '#/results');
    await user.click(back);
    await waitFor(() => expect(window.location.hash).toBe('#/results'));
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers.nonFounderWins).toBe(
      SAMPLE_ANSWERS.nonFounderWins,
    );
  });
});

describe('storage problems', () => {
  // The notice itself is the app shell's (src/app/storage-notice.test.tsx).
  it('takes in another tab’s answers field by field, keeping only what was typed here', async () => {
    const user = userEvent.setup();
    await open('#/assess/company');
    await user.type(screen.getByLabelText(/paying customers/), '41');
    const saved = JSON.stringify({
      state: { answers: { aes: 3 }, step: 'company', assumptions: {} },
      version: 1,
    });
    await act(async () => {
      localStorage.setItem(WORKSPACE_KEY, saved);
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: WORKSPACE_KEY,
          newValue: saved,
          storageArea: localStorage,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await waitFor(() => expect(useStorageStatus.getState().otherTabChanges).toBe(1));
    expect(await screen.findByLabelText(/paying customers/)).toHaveValue('41');
    // Not touched here, so it follows the other tab's saved value (it used to keep the old one).
    expect(screen.getByLabelText(/account executives \(closers\)/)).toHaveValue('3');
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers).toEqual({ aes: 3 });
  });
});

describe('at the 2,000-assessment limit (issue 12)', () => {
  it('Continue keeps the answers on the step and says why at the form; nothing is saved', async () => {
    const full = Array.from({ length: MAX_ASSESSMENTS }, (_, i) => ({
      id: `c-${i}`,
      answers: { companyName: `Client ${i}` },
      step: 'company' as const,
      assumptions: {},
      whatIf: {},
      notes: '',
      createdAt: 1,
      updatedAt: 1,
    }));
    act(() => useWorkspaceStore.setState({ assessments: full, activeId: null }));
    const user = userEvent.setup();
    await open('#/assess/company');
    await answerStep(user, 'company');
    await user.click(continueButton());

    const message = await screen.findByText(/These answers are not saved yet/);
    const alert = message.closest('[role="alert"]');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent(/already keeps 2,000 assessments/);
    expect(
      within(alert as HTMLElement).getByRole('link', { name: /saved assessments/ }),
    ).toHaveAttribute('href', '#/clients');
    // Still on the step, with what was typed; no redirect notice, no new assessment.
    expect(window.location.hash).toBe('#/assess/company');
    expect(screen.queryByText(/first answer the questions/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/paying customers/)).toHaveValue(String(SAMPLE_ANSWERS.customers));
    expect(useWorkspaceStore.getState().assessments).toHaveLength(MAX_ASSESSMENTS);
    expect(useWorkspaceStore.getState().activeId).toBeNull();
    act(() => useWorkspaceStore.setState({ assessments: [], activeId: null }));
  });
});
