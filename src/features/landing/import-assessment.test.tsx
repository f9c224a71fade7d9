// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../../domain';
import { exportAssessmentFile } from '../../share';
import { activeOrEmpty, WORKSPACE_KEY, useWorkspaceStore } from '../../store';
import { ImportAssessment } from './import-assessment';

const IMPORTED = { ...SAMPLE_ANSWERS, companyName: 'From File Ltd' };

function file(text: string, name = 'hire-ready-from-file-ltd.json'): File {
  return new File([text], name, { type: 'application/json' });
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#/';
});

afterEach(() => {
  cleanup();
  act(() => useWorkspaceStore.getState().deleteOpenAssessment());
  localStorage.clear();
});

describe('ImportAssessment', () => {
  it('opens a saved file and shows its result when there is no draft', async () => {
    const user = userEvent.setup();
    render(<ImportAssessment />);
    const text = exportAssessmentFile({ answers: IMPORTED, assumptions: { aeRampMonths: 7 } });
    await user.upload(screen.getByLabelText('Open a saved assessment file'), file(text));
    await waitFor(() => expect(window.location.hash).toBe('#/results'));
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers).toEqual(IMPORTED);
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({ aeRampMonths: 7 });
  });

  it('explains a bad file and changes nothing', async () => {
    const user = userEvent.setup();
    act(() =>
      useWorkspaceStore
        .getState()
        .replaceOpenAssessment({ answers: SAMPLE_ANSWERS, assumptions: {} }),
    );
    const before = localStorage.getItem(WORKSPACE_KEY);
    render(<ImportAssessment />);
    await user.upload(
      screen.getByLabelText('Open a saved assessment file'),
      file('{"not": "ours"}', 'other.json'),
    );
    expect(await screen.findByText('That file could not be opened.')).toBeInTheDocument();
    expect(screen.getByText(/Nothing was changed/)).toBeInTheDocument();
    expect(localStorage.getItem(WORKSPACE_KEY)).toBe(before);
    expect(window.location.hash).toBe('#/');
  });

  it('adds the file as a new assessment and keeps the one already saved', async () => {
    const user = userEvent.setup();
    act(() =>
      useWorkspaceStore
        .getState()
        .replaceOpenAssessment({ answers: SAMPLE_ANSWERS, assumptions: {} }),
    );
    render(<ImportAssessment />);
    const text = exportAssessmentFile({ answers: IMPORTED, assumptions: {} });

    await user.upload(screen.getByLabelText('Open a saved assessment file'), file(text));
    await waitFor(() => expect(window.location.hash).toBe('#/results'));
    const names = useWorkspaceStore.getState().assessments.map((a) => a.answers.companyName);
    expect(names).toEqual(expect.arrayContaining([SAMPLE_ANSWERS.companyName, 'From File Ltd']));
    expect(names).toHaveLength(2);
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers.companyName).toBe('From File Ltd');
  });
});
