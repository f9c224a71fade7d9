// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  evaluate,
  SAMPLE_ANSWERS,
  type Answers,
  type Assumptions,
} from '../../domain';
import { restoreShareCode } from '../../share';
import { activeOrEmpty, useWorkspaceStore } from '../../store';
import { capacityData } from './chart-data';
import { DIMENSION_LABELS, KIND_SHORT_LABELS, formatNumber } from './format';
import { metricsOf } from './legacy-metrics';
import { ResultsPage } from './results-page';
import { RolesPage } from './roles-page';

function seed(answers: Partial<Answers> = SAMPLE_ANSWERS, assumptions: Partial<Assumptions> = {}) {
  act(() => {
    useWorkspaceStore.getState().createAssessment({ answers, assumptions });
  });
}

function expected(assumptions: Partial<Assumptions> = {}) {
  return evaluate(SAMPLE_ANSWERS, { ...DEFAULT_ASSUMPTIONS, ...assumptions });
}

/** The capacity table's "One new AE needs" cell. */
function neededCell(): HTMLElement {
  const table = screen.getByRole('table', { name: 'Qualified opportunities a month' });
  const row = within(table).getByRole('row', { name: /One new AE needs/ });
  return within(row).getAllByRole('cell')[0] as HTMLElement;
}

function neededText(assumptions: Partial<Assumptions> = {}): string {
  const value = capacityData(metricsOf(expected(assumptions))).find((d) => d.id === 'needed')?.value;
  return value === null || value === undefined ? 'Cannot be worked out' : formatNumber(value);
}

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
  it('leads with the recommendation as the focused h1, with confidence, summary and page title', async () => {
    seed();
    render(<ResultsPage />);
    const assessment = expected();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(assessment.recommendation.headline);
    expect(h1).toHaveFocus();
    expect(screen.getByText(assessment.recommendation.summary)).toBeInTheDocument();
    expect(screen.getByText(/confidence$/i)).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Acme Analytics');
    expect(document.title).toBe(
      `Your result: ${KIND_SHORT_LABELS[assessment.recommendation.kind]} – Hire Ready`,
    );
    expect(screen.getByRole('link', { name: /What do AEs, SDRs/ })).toHaveAttribute(
      'href',
      '#/roles',
    );
    expect(screen.getByRole('link', { name: 'Edit answers' })).toHaveAttribute(
      'href',
      '#/assess/check',
    );
  });

  it('lists every reason, blocker, next step and counterfactual from the engine', () => {
    seed();
    render(<ResultsPage />);
    const assessment = expected();
    for (const reason of assessment.reasons)
      expect(screen.getByText(reason.text)).toBeInTheDocument();
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

  it('shows each blocker with why it matters and how to fix it', () => {
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
    const list = screen.getByRole('list', { name: 'Fix these first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(assessment.blockers.length);
    assessment.blockers.forEach((blocker, index) => {
      const item = items[index] as HTMLElement;
      expect(within(item).getByRole('heading', { level: 3 })).toHaveTextContent(blocker.title);
      expect(item).toHaveTextContent(`Why it matters: ${blocker.why}`);
      expect(item).toHaveTextContent(`How to fix it: ${blocker.fix}`);
    });
  });

  it('shows the chart data as tables with the engine’s numbers', () => {
    seed();
    render(<ResultsPage />);
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
    seed(SAMPLE_ANSWERS, { aeOteUsd: 120_000 });
    render(<ResultsPage />);
    const metrics = metricsOf(expected({ aeOteUsd: 120_000 }));
    await user.click(
      screen.getByText('Show how each number is worked out, and the rules that fired'),
    );
    expect(screen.getByText('$120,000 × 5 = $600,000')).toBeVisible();
    expect(
      screen.getByText(
        `$600,000 ÷ 12 ÷ ($24,000 × 25%) = ${formatNumber(metrics.oppsNeededPerAe ?? 0)}`,
      ),
    ).toBeVisible();
    expect(
      screen.getAllByText(
        /Account executive on-target earnings: \$120,000; Account executive quota as a multiple of pay: 5×/,
      ).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Rules that fired' })).toBeVisible();
  });

  it('re-scores as an assumption is typed, marks it changed and saves only the change', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const input = screen.getByRole('spinbutton', { name: 'Account executive on-target earnings' });
    expect(input).toHaveValue(150_000);

    await user.clear(input);
    await user.type(input, '300000');

    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({ aeOteUsd: 300_000 });
    expect(neededCell()).toHaveTextContent(neededText({ aeOteUsd: 300_000 }));
    expect(neededText({ aeOteUsd: 300_000 })).not.toBe(neededText());
    expect(screen.getByText(/1 changed from the default/)).toBeInTheDocument();
    const changed = input.closest('.assumption');
    expect(changed).toHaveTextContent('Changed from $150,000');
  });

  it('changes the recommendation when a threshold moves', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const before = expected().recommendation;
    // Asking spare pipeline to cover twice a new AE's need: Acme's surplus no longer feeds an AE
    // alone, so the answer becomes an AE and an SDR.
    const after = expected({ minPipelineCoverage: 2 }).recommendation;
    expect(after.headline).not.toBe(before.headline);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(before.headline);

    const input = screen.getByRole('spinbutton', {
      name: 'Pipeline a new account executive needs to start',
    });
    await user.clear(input);
    await user.type(input, '2');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(after.headline);
    // Focus stays in the field being edited.
    expect(input).toHaveFocus();
  });

  it('keeps the last valid result and explains an invalid value inline', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    const input = screen.getByRole('spinbutton', {
      name: 'Account executive quota as a multiple of pay',
    });
    await user.clear(input);
    await user.type(input, '8');
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({ quotaMultiple: 8 });
    const valid = neededText({ quotaMultiple: 8 });
    expect(neededCell()).toHaveTextContent(valid);

    await user.type(input, '0'); // 80: above the maximum of 15
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter a value between 1 and 15/);
    expect(screen.getByText(/The result shows the last valid value/)).toBeInTheDocument();
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({ quotaMultiple: 8 });
    expect(neededCell()).toHaveTextContent(valid);

    await user.clear(input);
    expect(screen.getByText(/Enter a number for/)).toBeInTheDocument();
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({ quotaMultiple: 8 });
  });

  it('resets one assumption, then all of them', async () => {
    const user = userEvent.setup();
    seed(SAMPLE_ANSWERS, { aeOteUsd: 200_000, sdrRampMonths: 6 });
    render(<ResultsPage />);
    expect(screen.getByText(/2 changed from the default/)).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', {
        name: 'Reset Account executive on-target earnings to the default',
      }),
    );
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({ sdrRampMonths: 6 });
    expect(
      screen.getByRole('spinbutton', { name: 'Account executive on-target earnings' }),
    ).toHaveValue(150_000);

    await user.click(screen.getByRole('button', { name: 'Reset all to defaults' }));
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({});
    expect(screen.getByRole('spinbutton', { name: 'SDR ramp' })).toHaveValue(3);
    expect(screen.getByText(/All are at their defaults/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset all to defaults' })).toBeDisabled();
    expect(neededCell()).toHaveTextContent(neededText());
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

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
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
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
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
    const before = await screen.findByRole('heading', { level: 1 });
    expect(before.textContent).toMatch(/Account Executive/);
    const field = screen.getByRole('spinbutton', { name: 'Qualified opportunities a month' });
    await user.clear(field);
    await user.type(field, '8');
    // The counterfactual says 8.5 or fewer flips it to "both".
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/and an SDR|SDR/);
    expect(document.activeElement).toBe(field);
    expect(activeOrEmpty(useWorkspaceStore.getState()).whatIf).toEqual({
      qualifiedOppsPerMonth: 8,
    });
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers.qualifiedOppsPerMonth).toBe(12);
    expect(field.closest('.what-if-field')).toHaveTextContent(/was 12 a month → now 8 a month/);
    await user.click(screen.getByRole('button', { name: /Revert Qualified opportunities/ }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Account Executive/);
  });

  it('notes are saved as typed and stay out of the link unless included', async () => {
    const user = userEvent.setup();
    seed();
    render(<ResultsPage />);
    await user.type(
      screen.getByRole('textbox', { name: 'Notes for this assessment' }),
      'CFO joins',
    );
    expect(activeOrEmpty(useWorkspaceStore.getState()).notes).toBe('CFO joins');
    expect(
      screen.getByRole('checkbox', { name: 'Include my notes in the link' }),
    ).not.toBeChecked();
  });
});
