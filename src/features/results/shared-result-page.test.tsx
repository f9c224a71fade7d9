// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, evaluate, SAMPLE_ANSWERS } from '../../domain';
import { buildShareUrl } from '../../share';
import { activeOrEmpty, WORKSPACE_KEY, useWorkspaceStore } from '../../store';
import { SharedResultPage } from './shared-result-page';

const BASE = 'https://hire-ready.example/';
const SHARED = { ...SAMPLE_ANSWERS, companyName: 'Shared Co' };

function codeFor(payload = { answers: SHARED, assumptions: { quotaMultiple: 4 } }): string {
  const url = buildShareUrl(BASE, payload);
  const code = url.split('#s/')[1];
  if (!code) throw new Error(`Not a share URL: ${url}`);
  return code;
}

function storageSnapshot(): Record<string, string | null> {
  const all: Record<string, string | null> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i) ?? '';
    all[key] = localStorage.getItem(key);
  }
  return all;
}

function seedOwnDraft() {
  act(() =>
    useWorkspaceStore.getState().replaceOpenAssessment({
      answers: { ...SAMPLE_ANSWERS, companyName: 'My Own Co' },
      assumptions: {},
    }),
  );
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#s/x';
});

afterEach(() => {
  cleanup();
  act(() => useWorkspaceStore.getState().deleteOpenAssessment());
  localStorage.clear();
});

describe('SharedResultPage', () => {
  it.each([
    ['empty', ''],
    ['garbage', 'not-a-code'],
    ['truncated', () => codeFor().slice(0, -6)],
    ['tampered', () => `${codeFor().slice(0, 10)}Z${codeFor().slice(11)}`],
  ])('shows a clear error page for a %s code and leaves the saved draft alone', (_label, make) => {
    seedOwnDraft();
    const before = storageSnapshot();
    expect(before[WORKSPACE_KEY]).toBeTruthy();
    const code = typeof make === 'function' ? make() : make;

    render(<SharedResultPage code={code} />);
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent('This link is damaged or incomplete');
    expect(h1).toHaveFocus();
    expect(document.title).toBe('Link damaged – Hire Ready');
    expect(
      screen.getByText(/Ask the sender for a new link, or start your own assessment/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start your own assessment' })).toHaveAttribute(
      'href',
      '#/assess/company',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(storageSnapshot()).toEqual(before);
  });

  it('shows the shared result read-only with one line of context, without saving anything', async () => {
    const user = userEvent.setup();
    render(<SharedResultPage code={codeFor()} />);
    const assessment = evaluate(SHARED, { ...DEFAULT_ASSUMPTIONS, quotaMultiple: 4 });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      assessment.recommendation.headline,
    );
    expect(screen.getByRole('banner')).toHaveTextContent(
      'Shared result: a Hire Ready assessment of Shared Co',
    );
    expect(screen.getByRole('button', { name: 'Assess my own company' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save a copy to edit' })).toBeVisible();
    expect(document.title).toBe('Shared result: Shared Co – Hire Ready');
    await user.click(screen.getByRole('button', { name: /^Assumptions/ }));
    await user.click(screen.getByRole('button', { name: /^The numbers at a glance/ }));
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.getByText(/1 changed from the default/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Scores from 0/ })).toBeInTheDocument();
    expect(localStorage.getItem(WORKSPACE_KEY)).toBeNull();
  });

  it('saves a copy to edit and opens it when I have no assessment of my own', async () => {
    const user = userEvent.setup();
    render(<SharedResultPage code={codeFor()} />);
    await user.click(screen.getByRole('button', { name: 'Save a copy to edit' }));
    await waitFor(() => expect(window.location.hash).toBe('#/results'));
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers).toEqual(SHARED);
    expect(activeOrEmpty(useWorkspaceStore.getState()).assumptions).toEqual({ quotaMultiple: 4 });
    expect(window.location.hash).toBe('#/results');
  });

  it('adds the shared result as a new assessment and leaves my own untouched', async () => {
    const user = userEvent.setup();
    seedOwnDraft();
    const own = activeOrEmpty(useWorkspaceStore.getState());
    render(<SharedResultPage code={codeFor()} />);

    await user.click(screen.getByRole('button', { name: 'Save a copy to edit' }));
    await waitFor(() => expect(window.location.hash).toBe('#/results'));
    const { assessments } = useWorkspaceStore.getState();
    expect(assessments).toHaveLength(2);
    // My own assessment is still there, unchanged; the copy is the one now open.
    expect(assessments.find((a) => a.answers.companyName === 'My Own Co')?.answers).toEqual(
      own.answers,
    );
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers).toEqual(SHARED);
    expect(window.location.hash).toBe('#/results');
  });

  it('starts a fresh assessment of my own without touching the one I had open', async () => {
    const user = userEvent.setup();
    seedOwnDraft();
    const own = activeOrEmpty(useWorkspaceStore.getState());
    const ownId = useWorkspaceStore.getState().activeId;
    render(<SharedResultPage code={codeFor()} />);
    await user.click(screen.getByRole('button', { name: 'Assess my own company' }));
    await waitFor(() => expect(window.location.hash).toBe('#/assess/company'));
    const { assessments } = useWorkspaceStore.getState();
    expect(assessments.find((a) => a.id === ownId)?.answers).toEqual(own.answers);
    // Nothing from the link was saved; the open assessment is a new, empty one.
    expect(assessments.some((a) => a.answers.companyName === 'Shared Co')).toBe(false);
    expect(activeOrEmpty(useWorkspaceStore.getState()).answers).toEqual({});
    expect(window.location.hash).toBe('#/assess/company');
  });

  it('sends someone with nothing saved straight to the questions, saving nothing', async () => {
    const user = userEvent.setup();
    // Nobody's assessments in this browser (earlier tests leave some in the shared store).
    act(() => useWorkspaceStore.setState({ assessments: [], activeId: null }));
    localStorage.clear();
    render(<SharedResultPage code={codeFor()} />);
    await user.click(screen.getByRole('button', { name: 'Assess my own company' }));
    await waitFor(() => expect(window.location.hash).toBe('#/assess/company'));
    expect(localStorage.getItem(WORKSPACE_KEY)).toBeNull();
  });
});
