// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../../domain';
import * as store from '../../store';
import { activeOrEmpty, WORKSPACE_KEY, useWorkspaceStore, useStorageStatus } from '../../store';
import { ResumeDraft } from './resume-draft';

function renderLanding() {
  render(<ResumeDraft otherwise={<a href="#/assess/company">Start assessment</a>} store={store} />);
}

beforeEach(() => {
  localStorage.clear();
  useWorkspaceStore.getState().deleteOpenAssessment();
  useStorageStatus.setState({ recovered: undefined, saveError: undefined });
});
afterEach(cleanup);

describe('ResumeDraft', () => {
  it('shows just "Start assessment" when nothing is saved', () => {
    renderLanding();
    expect(screen.getByRole('link', { name: 'Start assessment' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Resume your assessment' })).toBeNull();
  });

  it('offers to resume at the saved step', async () => {
    const {
      currency: _c,
      acv: _a,
      closeRatePct: _r,
      salesCycleDays: _s,
      stakeholders: _p,
      ...firstThree
    } = SAMPLE_ANSWERS;
    useWorkspaceStore.getState().saveStep(firstThree);
    useWorkspaceStore.getState().setStep('deals');
    renderLanding();
    const resume = await screen.findByRole('link', { name: 'Resume your assessment' });
    expect(resume).toHaveAttribute('href', '#/assess/deals');
    expect(screen.getByText(/for Acme Analytics: 4 of 5 steps answered/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start assessment' })).toBeNull();
  });

  it('asks before starting over, and Cancel changes nothing', async () => {
    const user = userEvent.setup();
    useWorkspaceStore.getState().saveStep({ customers: 4 });
    renderLanding();
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    expect(
      screen.getByRole('heading', { name: 'Delete your answers and start over?' }),
    ).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Start over' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();
    expect(localStorage.getItem(WORKSPACE_KEY)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete my answers' }));
    expect(screen.getByText('Your saved answers have been deleted.')).toHaveFocus();
    expect(useWorkspaceStore.getState().assessments).toEqual([]);
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers).toEqual({});
    expect(screen.getByRole('link', { name: 'Start assessment' })).toBeInTheDocument();
  });

  it('offers a fresh start when saved answers could not be read (the shell explains)', async () => {
    localStorage.setItem(WORKSPACE_KEY, 'not json');
    renderLanding();
    // In the app the store is created (and reads storage) when this import first loads it; here it
    // already exists, so read again.
    await useWorkspaceStore.persist.rehydrate();
    expect(useStorageStatus.getState().recovered).toMatchObject({ outcome: 'discarded' });
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Start assessment' })).toBeInTheDocument(),
    );
  });
});
