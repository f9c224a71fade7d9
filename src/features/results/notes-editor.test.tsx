// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_NOTES_LENGTH } from '../../share';
import { activeAssessment, useStorageStatus, useWorkspaceStore } from '../../store';
import { NOTES_SAVE_DELAY_MS, NotesEditor, OpenAssessmentNotes } from './notes-editor';

afterEach(cleanup);

const box = () => screen.getByRole('textbox', { name: 'Notes for this assessment' });
/** Opens the closed "Private notes" section, whose box is built only once it opens. */
const openNotes = () => fireEvent.click(screen.getByRole('button', { name: /Private notes/ }));

describe('private notes box', () => {
  it('counts as you type and saves once, after a pause', async () => {
    vi.useFakeTimers();
    const onSave = vi.fn<(notes: string, leaving: boolean) => void>();
    render(<NotesEditor notes="" onSave={onSave} />);
    openNotes();
    fireEvent.change(box(), { target: { value: 'C' } });
    fireEvent.change(box(), { target: { value: 'CF' } });
    fireEvent.change(box(), { target: { value: 'CFO' } });
    expect(screen.getByText('3 of 20,000 characters')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(NOTES_SAVE_DELAY_MS));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('CFO', false);
    vi.useRealTimers();
  });

  it('saves at once when the box loses focus or goes away', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(notes: string, leaving: boolean) => void>();
    const { unmount } = render(
      <>
        <NotesEditor notes="" onSave={onSave} />
        <button type="button">elsewhere</button>
      </>,
    );
    await user.click(screen.getByText('Private notes'));
    await user.type(box(), 'Hi');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(onSave).toHaveBeenLastCalledWith('Hi', false);
    fireEvent.change(box(), { target: { value: 'Hi there' } });
    unmount();
    expect(onSave).toHaveBeenLastCalledWith('Hi there', false);
  });

  it('says the notes are full at the limit and keeps no more', () => {
    render(<NotesEditor notes="" onSave={() => undefined} />);
    openNotes();
    fireEvent.change(box(), { target: { value: 'n'.repeat(MAX_NOTES_LENGTH + 5) } });
    expect(box()).toHaveValue('n'.repeat(MAX_NOTES_LENGTH));
    expect(screen.getByText(/The notes are full/)).toBeInTheDocument();
  });

  it('follows notes saved elsewhere, but never over typing that is not saved yet', () => {
    const onSave = vi.fn<(notes: string, leaving: boolean) => void>();
    const { rerender } = render(<NotesEditor notes="old" onSave={onSave} />);
    openNotes();
    rerender(<NotesEditor notes="from the other tab" onSave={onSave} />);
    expect(box()).toHaveValue('from the other tab');
    fireEvent.change(box(), { target: { value: 'mine' } });
    rerender(<NotesEditor notes="newer elsewhere" onSave={onSave} />);
    expect(box()).toHaveValue('mine');
  });
});

describe('notes of the open assessment', () => {
  it('typing not yet saved when another tab deletes the assessment goes into the copy offered back', () => {
    act(() => {
      useWorkspaceStore
        .getState()
        .createAssessment({ answers: { companyName: 'Acme' }, assumptions: {} });
    });
    render(<OpenAssessmentNotes />);
    openNotes();
    fireEvent.change(box(), { target: { value: 'Call the CFO' } });
    // What cross-tab sync does when the other tab's deletion arrives: keep this tab's copy aside,
    // then take the list without it.
    act(() => {
      const open = activeAssessment(useWorkspaceStore.getState());
      useStorageStatus.setState({ deletedElsewhere: open });
      useWorkspaceStore.setState({ assessments: [], activeId: null });
    });
    expect(useStorageStatus.getState().deletedElsewhere?.notes).toBe('Call the CFO');
    act(() => useStorageStatus.setState({ deletedElsewhere: undefined }));
  });
});
