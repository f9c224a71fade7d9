// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_ANSWERS } from '../../domain';
import { fillAssumed, SAMPLE_QUICK_ANSWERS } from '../../domain/quick';
import { useWorkspaceStore } from '../../store';
import { ComparePage } from './compare-page';
import { WorkspacePage } from './workspace-page';

function add(name: string, extra: Partial<typeof SAMPLE_ANSWERS> = {}) {
  return (
    useWorkspaceStore.getState().createAssessment({
      answers: { ...SAMPLE_ANSWERS, companyName: name, ...extra },
      assumptions: {},
    }) ?? ''
  );
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#/clients';
});
afterEach(() => {
  cleanup();
  act(() => useWorkspaceStore.setState({ assessments: [], activeId: null, deleted: {} }));
  localStorage.clear();
});

describe('WorkspacePage', () => {
  it('lists assessments newest first with badges, and searches by name', async () => {
    const user = userEvent.setup();
    // Each created a millisecond apart, so "newest first" has one right order.
    const now = vi.spyOn(Date, 'now');
    let clock = 1_700_000_000_000;
    now.mockImplementation(() => (clock += 1));
    act(() => {
      add('Acme');
      add('Globex');
      useWorkspaceStore
        .getState()
        .createAssessment({ answers: { companyName: '' }, assumptions: {} });
    });
    now.mockRestore();
    render(<WorkspacePage />);
    const list = screen.getByRole('list', { name: /Assessments/ });
    const names = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(names[0]).toMatch(/Untitled assessment/);
    expect(list).toHaveTextContent('Hire now: Mid-market Account Executive');
    expect(list).toHaveTextContent('In progress · step 1 of 5');
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'glob');
    expect(
      within(screen.getByRole('list', { name: /Assessments/ })).getAllByRole('listitem'),
    ).toHaveLength(1);
    expect(screen.getByRole('list', { name: /Assessments/ })).toHaveTextContent('Globex');
  });

  it("badges a quick assessment with its result's status and role, not just the role", () => {
    // Profile 1 of the quick check: the result says "Hire after a fix" (write the playbook first).
    const { answers, assumed } = fillAssumed(SAMPLE_QUICK_ANSWERS);
    act(
      () =>
        void useWorkspaceStore.getState().createAssessment({ answers, assumptions: {}, assumed }),
    );
    render(<WorkspacePage />);
    const row = within(screen.getByRole('list', { name: /Assessments/ })).getByRole('listitem');
    expect(row).toHaveTextContent('Hire after a fix: Mid-market Account Executive');
    expect(row).toHaveTextContent('Quick · 15 answers assumed');
    expect(row).not.toHaveTextContent('Hire an AE');
  });

  it('renames inline', async () => {
    const user = userEvent.setup();
    act(() => void add('Acme'));
    render(<WorkspacePage />);
    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    const field = screen.getByRole('textbox', { name: 'Company name' });
    await user.clear(field);
    await user.type(field, 'Acme Europe');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByRole('button', { name: 'Acme Europe' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename Acme Europe' })).toHaveFocus();
  });

  it('deletes with undo, focus on Undo, and Undo brings it back', async () => {
    const user = userEvent.setup();
    act(() => {
      add('Acme');
      add('Globex');
    });
    render(<WorkspacePage />);
    await user.click(screen.getByRole('button', { name: 'Delete Acme' }));
    expect(screen.queryByRole('button', { name: 'Acme' })).toBeNull();
    const undo = screen.getByRole('button', { name: 'Undo deleting Acme' });
    expect(undo).toHaveFocus();
    expect(undo.closest('[role="status"]')).toHaveTextContent('Deleted “Acme”.');
    await user.click(undo);
    expect(screen.getByRole('button', { name: 'Acme' })).toHaveFocus();
    expect(useWorkspaceStore.getState().assessments).toHaveLength(2);
  });

  it('duplicates as "Copy of …"', async () => {
    const user = userEvent.setup();
    act(() => void add('Acme'));
    render(<WorkspacePage />);
    await user.click(screen.getByRole('button', { name: 'Duplicate Acme' }));
    expect(screen.getByRole('button', { name: 'Copy of Acme' })).toBeInTheDocument();
  });
});

describe('ComparePage', () => {
  it('shows both recommendations and the answers that differ', () => {
    let a = '';
    let b = '';
    act(() => {
      a = add('Acme');
      b = add('Globex', { qualifiedOppsPerMonth: 8 });
    });
    render(<ComparePage query={`a=${a}&b=${b}`} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Compare: Acme and Globex');
    const diff = screen.getByRole('table', { name: /answers differ/ });
    const rows = within(diff)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      expect.stringMatching(/^Company name.*Acme.*Globex/),
      expect.stringMatching(/^Qualified opportunities a month.*12.*8/),
    ]);
    expect(screen.getByRole('table', { name: /Scores/ })).toBeInTheDocument();
  });

  it('compares an assessment with its what-if', () => {
    let a = '';
    act(() => {
      a = add('Acme');
      useWorkspaceStore.getState().setWhatIf('qualifiedOppsPerMonth', 8);
    });
    render(<ComparePage query={`a=${a}&b=whatif`} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Acme (what-if)');
    expect(screen.getByRole('table', { name: /1 answer differs/ })).toBeInTheDocument();
  });
});

describe('a bad datum (issue 12)', () => {
  it('an assessment that cannot be shown leaves the rest of the page, and can be deleted', async () => {
    const user = userEvent.setup();
    act(() => {
      add('Acme');
      const id = add('Broken');
      // As if stored by an older build that let any number through; toISOString would throw.
      useWorkspaceStore.setState((state) => ({
        assessments: state.assessments.map((a) =>
          a.id === id ? { ...a, updatedAt: 1e16, answers: { ...a.answers, customers: -1 } } : a,
        ),
      }));
    });
    render(<WorkspacePage />);
    expect(screen.getByRole('button', { name: 'Acme' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Saved assessments' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Broken' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete Broken' }));
    expect(useWorkspaceStore.getState().assessments.map((a) => a.answers.companyName)).toEqual([
      'Acme',
    ]);
  });
});
