// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { questionsForStep, SAMPLE_ANSWERS, STEP_IDS } from '../../domain';
import { StepPurpose } from './step-purpose';

afterEach(cleanup);

describe('what a wizard step is for', () => {
  it.each(STEP_IDS)('%s: why we ask, what it decides, and every question on it', (step) => {
    render(<StepPurpose view={step} answers={{}} />);
    expect(screen.getByText('Why we ask').nextElementSibling?.textContent).toMatch(/\w{4,}/);
    expect(screen.getByText('What it decides').nextElementSibling?.textContent).toMatch(/\w{4,}/);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(questionsForStep(step).map((q) => q.shortLabel));
  });

  it('marks the questions already answered, and only those', () => {
    const { companyName: _unanswered, ...answers } = SAMPLE_ANSWERS;
    render(<StepPurpose view="company" answers={{ ...answers, customers: undefined }} />);
    const list = screen.getByRole('list');
    expect(within(list).getByText('Annual recurring revenue').textContent).toContain('(answered)');
    expect(within(list).getByText('Company name').textContent).not.toContain('(answered)');
    expect(within(list).getByText('Paying customers').textContent).not.toContain('(answered)');
  });

  it('on Check your answers, says nothing is decided yet and lists no questions', () => {
    render(<StepPurpose view="check" answers={SAMPLE_ANSWERS} />);
    expect(screen.getByText(/Nothing yet/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
