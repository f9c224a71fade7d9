// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ASSUMPTION_INFO,
  DEFAULT_ASSUMPTIONS,
  evaluate,
  formatMoney,
  formatNumber,
  SAMPLE_ANSWERS,
  type Answers,
  type AssumptionKey,
  type Assumptions,
} from '../../domain';
import { fillAssumed, SAMPLE_QUICK_ANSWERS } from '../../domain/quick';
import { buildShareUrl, restoreShareCode } from '../../share';
import { activeOrEmpty, assessmentName, useWorkspaceStore } from '../../store';
import { capacityData } from './chart-data';
import { DIMENSION_LABELS } from './format';
import { ResultsPage } from './results-page';
import { RolesPage } from './roles-page';
import { SharedResultPage } from './shared-result-page';

function seed(answers: Partial<Answers> = SAMPLE_ANSWERS, assumptions: Partial<Assumptions> = {}) {
  act(() => {
    useWorkspaceStore.getState().createAssessment({ answers, assumptions });
  });
}

function expected(assumptions: Partial<Assumptions> = {}) {
  return evaluate(SAMPLE_ANSWERS, { ...DEFAULT_ASSUMPTIONS, ...assumptions });
}

/** The capacity table's "One new AE needs" cell (in "The numbers at a glance", when given). */
function neededCell(scope: HTMLElement = document.body): HTMLElement {
  const table = within(scope).getByRole('table', { name: 'Qualified opportunities a month' });
  const row = within(table).getByRole('row', { name: /One new AE needs/ });
  return within(row).getAllByRole('cell')[0] as HTMLElement;
}

function neededText(assumptions: Partial<Assumptions> = {}): string {
  const value = capacityData(expected(assumptions).model.capacity).find(
    (d) => d.id === 'needed',
  )?.value;
  return value === null || value === undefined ? 'Cannot be worked out' : formatNumber(value);
}

type User = ReturnType<typeof userEvent.setup>;

/** Opens one of the result's sections (they start closed), by its title; returns the section. */
async function openSection(user: User, title: string): Promise<HTMLElement> {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const toggle = screen.getByRole('button', { name: new RegExp(`^${escaped}`) });
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const section = toggle.closest('section');
  if (!section) throw new Error(`No section around “${title}”`);
  return section;
}

/** The assumption's label, as the panel shows it: the catalogue is the single source of wording. */
const labelOf = (key: AssumptionKey) => ASSUMPTION_INFO[key].label;

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#/results';
});

afterEach(() => {
  cleanup();
  act(() => useWorkspaceStore.getState().deleteOpenAssessment());
  localStorage.clear();
});

describe('ResultsPage', () => {
  it('leads with the recommendation as the focused h1, with status, confidence and page title', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const assessment = expected();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(assessment.recommendation.headline);
    expect(h1).toHaveFocus();
    const card = screen.getByRole('banner');
    expect(card).toHaveTextContent('Hire now');
    expect(card).toHaveTextContent(/Confidence\s*High/);
    expect(card).toHaveTextContent(/Readiness\s*\d+\s*\/ 100/);
    // The details start closed, and are built only when opened; the summary is in "Why".
    expect(screen.queryByText(assessment.recommendation.summary)).not.toBeInTheDocument();
    await openSection(user, 'Why');
    expect(screen.getByText(assessment.recommendation.summary)).toBeVisible();
    expect(screen.getByRole('banner')).toHaveTextContent('Acme Analytics');
    expect(document.title).toBe('Your result: Hire now: Mid-market Account Executive – Hire Ready');
    expect(screen.getByRole('link', { name: /What do AEs, SDRs/ })).toHaveAttribute(
      'href',
      '#/roles',
    );
    expect(screen.getByRole('link', { name: 'Edit answers' })).toHaveAttribute(
      'href',
      '#/assess/check',
    );
  });

  it('lists every reason, blocker, next step and counterfactual from the engine', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    await openSection(user, 'Why');
    const assessment = expected();
    for (const reason of assessment.reasons)
      expect(screen.getAllByText(reason.text).length).toBeGreaterThan(0);
    for (const blocker of assessment.blockers) {
      expect(screen.getByRole('heading', { name: blocker.title })).toBeInTheDocument();
      expect(screen.getByText(blocker.fix)).toBeInTheDocument();
    }
    expect(assessment.reasons.length).toBeGreaterThan(0);
    expect(assessment.nextSteps.length).toBeGreaterThan(0);
    const steps = screen.getByRole('list', { name: 'Next steps' });
    expect(steps.tagName).toBe('OL');
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.next-step-text')?.textContent),
    ).toEqual(assessment.nextSteps.map((step) => step.text));
    for (const change of assessment.whatWouldChange)
      expect(screen.getByText(change.text)).toBeInTheDocument();
  });

  it('shows each blocker with why it matters and how to fix it', async () => {
    const user = userEvent.setup();
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
    seed(early);
    render(<ResultsPage />);
    const assessment = evaluate(early);
    expect(assessment.recommendation.kind).toBe('not-yet');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      assessment.recommendation.headline,
    );
    expect(document.title).toBe('Your result: Not yet – Hire Ready');
    await openSection(user, 'Why');
    const list = screen.getByRole('list', { name: 'Fix these first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(assessment.blockers.length);
    assessment.blockers.forEach((blocker, index) => {
      const item = items[index] as HTMLElement;
      expect(within(item).getByRole('heading', { level: 4 })).toHaveTextContent(blocker.title);
      expect(item).toHaveTextContent(`Why it matters: ${blocker.why}`);
      expect(item).toHaveTextContent(`How to fix it: ${blocker.fix}`);
    });
  });

  it('shows the chart data as tables with the engine’s numbers', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    await openSection(user, 'The numbers at a glance');
    const assessment = expected();

    const scores = screen.getByRole('table', { name: /Scores from 0/ });
    for (const [dimension, label] of Object.entries(DIMENSION_LABELS)) {
      const row = within(scores).getByRole('row', { name: new RegExp(`^${label}`) });
      expect(within(row).getByRole('rowheader')).toHaveTextContent(label);
      expect(within(row).getByRole('cell')).toHaveTextContent(
        String(assessment.scores[dimension as keyof typeof DIMENSION_LABELS]),
      );
    }
    expect(within(scores).getByRole('columnheader', { name: 'Score' })).toHaveAttribute(
      'scope',
      'col',
    );

    const capacity = screen.getByRole('table', { name: 'Qualified opportunities a month' });
    const now = within(capacity).getByRole('row', { name: /You create/ });
    expect(within(now).getByRole('cell')).toHaveTextContent(
      formatNumber(SAMPLE_ANSWERS.qualifiedOppsPerMonth),
    );
    expect(neededCell()).toHaveTextContent(neededText());
  });

  it('shows the arithmetic with the formulas and the assumption values used', async () => {
    const user = userEvent.setup();
    const changed = { aeOteUsd: 120_000, sdrMeetingsPerMonth: 20 };
    seed(SAMPLE_ANSWERS, changed);
    render(<ResultsPage />);
    const { model } = expected(changed);
    const section = await openSection(user, 'The arithmetic');
    // One new AE's need: the engine's quota for this hire over a month of Acme's deals.
    const quota = model.economics.ae.quotaLocal ?? 0;
    expect(quota).toBeLessThan(expected().model.economics.ae.quotaLocal ?? 0);
    expect(
      within(section).getByText(
        `${formatMoney(quota, 'USD')} ÷ 12 ÷ ($24,000 × 25%) = ${formatNumber(model.capacity.oppsNeededPerAe ?? 0, 2)}`,
      ),
    ).toBeVisible();
    // An SDR's opportunities, with the changed meetings figure filled in.
    expect(model.economics.sdr.oppsPerMonth).toBe(10);
    expect(within(section).getByText('20 × 50% = 10')).toBeVisible();
    expect(
      within(section).getByText(
        `Assumptions used: ${labelOf('sdrMeetingsPerMonth')}: 20 a month; ${labelOf('meetingToOppPct')}: 50%.`,
      ),
    ).toBeVisible();
    expect(
      within(section).getAllByText((_, element) =>
        Boolean(
          element?.classList.contains('metric-assumptions') &&
          element.textContent?.includes(`${labelOf('aeOteUsd')}: $120,000`),
        ),
      ).length,
    ).toBeGreaterThan(0);
    expect(within(section).getByRole('heading', { name: 'Rules that fired' })).toBeVisible();
  });

  it('re-scores as an assumption is typed, marks it changed and saves only the change', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    // The small section first: finding a section's button is slower once the panel is open.
    const numbers = await openSection(user, 'The numbers at a glance');
    const panel = await openSection(user, 'Assumptions');
    const input = within(panel).getByLabelText(labelOf('aeOteUsd'));
    expect(input).toHaveValue(150_000);

    await user.clear(input);
    await user.type(input, '300000');

    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({ aeOteUsd: 300_000 });
    expect(neededText({ aeOteUsd: 300_000 })).not.toBe(neededText());
    expect(neededCell(numbers)).toHaveTextContent(neededText({ aeOteUsd: 300_000 }));
    expect(within(panel).getByText(/1 changed from the default/)).toBeInTheDocument();
    expect(input.closest('.assumption')).toHaveTextContent('Changed from $150,000');
  });

  it('changes the recommendation when a threshold moves', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const before = expected().recommendation;
    // Acme has won two deals without a founder. Asking for three before the way of selling counts
    // as repeatable: the hire waits until the playbook is written.
    const after = expected({ minNonFounderWins: 3 }).recommendation;
    expect(after.headline).not.toBe(before.headline);
    // Found while the sections are closed (cheaper); the page keeps this h1 as it re-scores.
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(before.headline);
    const panel = await openSection(user, 'Assumptions');

    const input = within(panel).getByLabelText(labelOf('minNonFounderWins'));
    await user.clear(input);
    await user.type(input, '3');
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({
      minNonFounderWins: 3,
    });
    expect(h1).toBeInTheDocument();
    expect(h1).toHaveTextContent(after.headline);
    // Focus stays in the field being edited.
    expect(input).toHaveFocus();
  });

  it('keeps the last valid result and explains an invalid value inline', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    // The small section first: finding a section's button is slower once the panel is open.
    const numbers = await openSection(user, 'The numbers at a glance');
    const panel = await openSection(user, 'Assumptions');
    const input = within(panel).getByLabelText(labelOf('quotaMultipleFirstHire'));
    await user.clear(input);
    await user.type(input, '8');
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({
      quotaMultipleFirstHire: 8,
    });
    const valid = neededText({ quotaMultipleFirstHire: 8 });
    expect(valid).not.toBe(neededText());
    expect(neededCell(numbers)).toHaveTextContent(valid);

    await user.type(input, '0'); // 80: above the maximum of 15
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter a value between 1 and 15/);
    expect(within(panel).getByText(/The result shows the last valid value/)).toBeInTheDocument();
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({
      quotaMultipleFirstHire: 8,
    });
    expect(neededCell(numbers)).toHaveTextContent(valid);

    await user.clear(input);
    expect(within(panel).getByText(/Enter a number for/)).toBeInTheDocument();
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({
      quotaMultipleFirstHire: 8,
    });
  });

  it('resets one assumption, then all of them', async () => {
    const user = userEvent.setup();
    seed(SAMPLE_ANSWERS, { aeOteUsd: 200_000, sdrRampMonths: 6 });
    render(<ResultsPage />);
    // The small section first: finding a section's button is slower once the panel is open.
    const numbers = await openSection(user, 'The numbers at a glance');
    const panel = await openSection(user, 'Assumptions');
    expect(within(panel).getByText(/2 changed from the default/)).toBeInTheDocument();

    // Role queries over the whole panel are slow in jsdom: find the field, then its own row.
    const pay = within(panel).getByLabelText(labelOf('aeOteUsd'));
    const payRow = pay.closest('.assumption');
    if (!(payRow instanceof HTMLElement)) throw new Error('No row around the pay field');
    await user.click(
      within(payRow).getByRole('button', { name: `Reset ${labelOf('aeOteUsd')} to the default` }),
    );
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({ sdrRampMonths: 6 });
    expect(within(panel).getByLabelText(labelOf('aeOteUsd'))).toHaveValue(150_000);

    const resetAll = within(panel).getByText('Reset all to defaults', { selector: 'button' });
    await user.click(resetAll);
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({});
    expect(within(panel).getByLabelText(labelOf('sdrRampMonths'))).toHaveValue(3);
    expect(within(panel).getByText(/All are at their defaults/)).toBeInTheDocument();
    expect(resetAll).toBeDisabled();
    expect(neededCell(numbers)).toHaveTextContent(neededText());
  });

  it('asks for the missing answers instead of showing a half result', () => {
    seed({ companyName: 'Half Done', customers: 3 });
    render(<ResultsPage />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Your answers are not complete yet' }),
    ).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Continue your answers' })).toHaveAttribute(
      'href',
      '#/assess/company',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says how to start when there is no draft at all', () => {
    render(<ResultsPage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'You have not started an assessment yet',
    );
    expect(screen.getByRole('link', { name: 'Start the assessment' })).toHaveAttribute(
      'href',
      '#/assess/company',
    );
  });

  it('copies a share link that restores these answers and changed assumptions', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    seed(SAMPLE_ANSWERS, { quotaMultiple: 4 });
    render(<ResultsPage />);

    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = String(writeText.mock.calls[0]?.[0]);
    const base = window.location.href.split('#')[0] ?? '';
    expect(url.startsWith(`${base}#s/`)).toBe(true);
    expect(screen.getByText(/Link copied/)).toBeVisible();

    const restored = restoreShareCode(url.slice(`${base}#s/`.length));
    expect(restored.ok && restored.value).toEqual({
      answers: SAMPLE_ANSWERS,
      assumptions: { quotaMultiple: 4 },
    });
  });

  it('shows the link in a selected field when the clipboard is not available', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    seed();
    render(<ResultsPage />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const field = screen.getByRole('textbox', { name: 'Link to this result' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toMatch(/#s\//);
    expect(screen.getByText(/did not let us copy/)).toBeInTheDocument();
  });

  it('downloads the answers as a JSON file named after the company', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:test');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn<(url: string) => void>() });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ): void {
      clicks.push(this);
    });
    seed({ ...SAMPLE_ANSWERS, companyName: 'Acme & <Co>' });
    render(<ResultsPage />);
    await user.click(screen.getByText('More'));
    await user.click(screen.getByRole('button', { name: 'Download answers (JSON)' }));

    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.download).toBe('hire-ready-acme-co.json');
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('application/json');
    expect(JSON.parse((await blob?.text()) ?? '')).toBeTruthy();
    expect(screen.getByText(/Saved hire-ready-acme-co.json/)).toBeInTheDocument();
  });

  it('renders the company name as text only', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    seed({ ...SAMPLE_ANSWERS, companyName: hostile });
    const { container } = render(<ResultsPage />);
    expect(screen.getAllByText(hostile).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('calls a quick check without a company name the same on its result, its link and the list', () => {
    // A quick check never asks the company's name.
    const { answers, assumed } = fillAssumed(SAMPLE_QUICK_ANSWERS);
    act(() => {
      useWorkspaceStore.getState().createAssessment({ answers, assumptions: {}, assumed });
    });
    const listName = assessmentName(activeOrEmpty(useWorkspaceStore.getState()));
    expect(listName).toBe('Untitled assessment');

    render(<ResultsPage />);
    const card = screen.getByRole('banner');
    expect(within(card).getByText(listName)).toBeInTheDocument();
    // The tab says what the status pill says, not only the kind of hire.
    expect(card).toHaveTextContent('Hire after a fix');
    expect(document.title).toBe(
      'Your result: Hire after a fix: Mid-market Account Executive – Hire Ready',
    );
    expect(card).not.toHaveTextContent('Your company');
    cleanup();

    const code = buildShareUrl('https://hire-ready.example/', {
      answers,
      assumptions: {},
      assumed,
    }).split('#s/')[1];
    render(<SharedResultPage code={code ?? ''} />);
    expect(screen.getByRole('banner')).toHaveTextContent(
      'Shared result: an untitled Hire Ready assessment',
    );
    expect(document.title).toBe(`Shared result: ${listName} – Hire Ready`);
  });
});

describe('RolesPage', () => {
  it('explains the four roles under a focused h1', () => {
    render(<RolesPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Sales roles explained' })).toHaveFocus();
    for (const name of [
      /Account Executive/,
      /Sales Development Rep/,
      /Business Development Rep/,
      /Account Manager/,
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(document.title).toBe('Sales roles explained – Hire Ready');
  });
});

describe('live what-if', () => {
  it('typing a what-if value re-scores the page with the real engine, keeps focus, and reverts', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const saved = expected().recommendation.headline;
    // With 3 qualified opportunities a month the first closer would not pay back within the runway.
    const fewer = evaluate({ ...SAMPLE_ANSWERS, qualifiedOppsPerMonth: 3 }).recommendation.headline;
    expect(fewer).not.toBe(saved);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(saved);
    const whatIf = await openSection(user, 'What if?');
    const field = within(whatIf).getByRole('textbox', { name: 'Qualified opportunities a month' });
    await user.clear(field);
    await user.type(field, '3');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(fewer);
    expect(field).toHaveFocus();
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf).toEqual({
      qualifiedOppsPerMonth: 3,
    });
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers.qualifiedOppsPerMonth).toBe(12);
    expect(field.closest('.what-if-field')).toHaveTextContent(/was 12 a month → now 3 a month/);
    await user.click(
      within(whatIf).getByRole('button', { name: /Revert Qualified opportunities/ }),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(saved);
  });

  it('changes a choice answer, shows the verdict before and after, and keeps it as a scenario', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const before = screen.getByRole('heading', { level: 1 }).textContent ?? '';
    // Queries stay inside the what-if section: role queries over the whole page are slow in jsdom.
    const whatIf = await openSection(user, 'What if?');
    await openSection(user, 'Every other answer');
    await user.selectOptions(
      within(whatIf).getByRole('combobox', { name: 'Sales process written down' }),
      'in-head',
    );
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf).toEqual({ processDocs: 'in-head' });
    const comparison = screen.getByRole('group', { name: /Verdict before and after/ });
    expect(comparison).toHaveTextContent('Saved answers');
    expect(comparison).toHaveTextContent(before);

    await user.type(
      within(whatIf).getByRole('textbox', { name: 'Keep this what-if as' }),
      'No playbook',
    );
    await user.click(within(whatIf).getByRole('button', { name: 'Keep scenario' }));
    const table = within(whatIf).getByRole('table', { name: 'Scenarios compared' });
    expect(within(table).getByRole('rowheader', { name: 'No playbook' })).toBeInTheDocument();
    expect(useWorkspaceStore.getState().assessments[0]?.scenarios).toEqual([
      { name: 'No playbook', whatIf: { processDocs: 'in-head' } },
    ]);

    await user.click(within(whatIf).getByRole('button', { name: 'Revert all' }));
    expect(screen.queryByRole('group', { name: /Verdict before and after/ })).toBeNull();
    await user.click(within(whatIf).getByRole('button', { name: 'Show No playbook' }));
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf).toEqual({ processDocs: 'in-head' });
  });

  it('doubles and halves a volume with one press', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const whatIf = await openSection(user, 'What if?');
    await user.click(
      within(whatIf).getByRole('button', { name: 'Double qualified opportunities a month' }),
    );
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf).toEqual({
      qualifiedOppsPerMonth: 24,
    });
    await user.click(
      within(whatIf).getByRole('button', { name: 'Halve qualified opportunities a month' }),
    );
    await user.click(
      within(whatIf).getByRole('button', { name: 'Halve qualified opportunities a month' }),
    );
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf).toEqual({
      qualifiedOppsPerMonth: 6,
    });
  });

  it('reads money as people type it and echoes it with the currency', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    await openSection(user, 'What if?');
    const field = screen.getByRole('textbox', { name: 'Average first-year contract value' });
    await user.clear(field);
    await user.type(field, '$30k');
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf).toEqual({ acv: 30_000 });
    expect(field).toHaveAccessibleDescription(/= \$30,000/);
  });

  it('questions an unusual what-if value once the field is left, as the wizard does, without blocking it', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const saved = expected().recommendation.headline;
    const whatIf = await openSection(user, 'What if?');
    const rate = within(whatIf).getByRole('textbox', { name: 'Close rate' });
    await user.clear(rate);
    await user.type(rate, '0.25');
    // Not while typing, and never a block: the page already scores the typed value.
    expect(within(whatIf).queryByText(/is unusual/)).not.toBeInTheDocument();
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf).toEqual({ closeRatePct: 0.25 });
    await user.tab();
    const check = within(whatIf).getByRole('group', {
      name: 'A close rate of 0.25% is unusual. Did you mean 25%?',
    });
    expect(rate).toHaveAccessibleDescription(/A close rate of 0\.25% is unusual/);
    await user.click(within(check).getByRole('button', { name: 'Use 25%' }));
    expect(rate).toHaveValue('25');
    expect(rate).toHaveFocus();
    expect(within(whatIf).queryByText(/is unusual/)).not.toBeInTheDocument();
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf.closeRatePct ?? 25).toBe(25);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(saved);
  });

  it('keeps an unusual what-if value when asked', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const whatIf = await openSection(user, 'What if?');
    const rate = within(whatIf).getByRole('textbox', { name: 'Close rate' });
    await user.clear(rate);
    await user.type(rate, '0.25');
    await user.tab();
    const check = within(whatIf).getByRole('group', { name: /close rate of 0\.25% is unusual/ });
    await user.click(within(check).getByRole('button', { name: 'Keep 0.25%' }));
    expect(within(whatIf).queryByText(/is unusual/)).not.toBeInTheDocument();
    expect(rate).toHaveFocus();
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf).toEqual({ closeRatePct: 0.25 });
  });

  it('notes are saved as typed and stay out of the link unless included', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    await openSection(user, 'Private notes');
    await user.type(
      screen.getByRole('textbox', { name: 'Notes for this assessment' }),
      'CFO joins',
    );
    // Saved once typing pauses (the box debounces its store writes).
    await waitFor(() =>
      expect(activeOrEmpty(useWorkspaceStore.getState()).notes).toBe('CFO joins'),
    );
    expect(
      screen.getByRole('checkbox', { name: 'Include my notes in the shared link', hidden: true }),
    ).not.toBeChecked();
  });
});
