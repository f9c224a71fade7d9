import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { MAX_NOTES_LENGTH } from '../../share';
import { activeOrEmpty, useStorageStatus, useWorkspaceStore } from '../../store';
import { Disclosure } from '../../ui/disclosure';

/**
 * How long the notes box waits after the last key before it saves. A consultant with years of
 * clients saved has megabytes in storage: saving (and waking every component that reads the list)
 * on each key cost more than a frame (issue 12, item 8). Typing stays in the box meanwhile; leaving
 * the box, the page or the assessment saves at once.
 */
export const NOTES_SAVE_DELAY_MS = 300;

/**
 * The open assessment's private notes, wired to the store. Only this box and the share actions read
 * the notes, so a keystroke re-renders the box alone, never the result around it.
 */
export function OpenAssessmentNotes() {
  const id = useWorkspaceStore((state) => state.activeId);
  const notes = useWorkspaceStore((state) => activeOrEmpty(state).notes);
  const setNotes = useWorkspaceStore((state) => state.setNotes);
  const save = useCallback(
    (text: string, leaving: boolean) => {
      // Saved to the assessment it was typed into, even if another one has been opened since.
      setNotes(text, id ?? undefined);
      // Deleted in another tab while typing here: the typing goes into the copy the notice offers
      // to restore, rather than being lost with the box.
      const { deletedElsewhere } = useStorageStatus.getState();
      if (deletedElsewhere && deletedElsewhere.id === id)
        useStorageStatus.setState({ deletedElsewhere: { ...deletedElsewhere, notes: text } });
      // The page is going away: write now, not after the store's own pause for large workspaces.
      if (leaving) useWorkspaceStore.flushWrites();
    },
    [id, setNotes],
  );
  // A different assessment gets a fresh box (the old one saves its typing as it goes).
  return <NotesEditor key={id ?? 'none'} notes={notes} onSave={save} />;
}

/**
 * Private notes, saved as typed (after a short pause). Hidden in presenter view and print.
 * `notes` is the saved text: when it changes elsewhere (another tab) and nothing typed here is
 * waiting, the box follows it; typing in progress is kept and wins.
 */
export function NotesEditor({
  notes,
  onSave,
}: {
  notes: string;
  /** `leaving`: the page is being hidden or closed, so the save must reach storage now. */
  onSave: (notes: string, leaving: boolean) => void;
}) {
  const id = useId();
  const [text, setText] = useState(notes);
  // The saved text this box last agreed with; while `text` still equals it, nothing is unsaved.
  const [base, setBase] = useState(notes);
  if (notes !== base) {
    setBase(notes);
    if (text === base) setText(notes);
  }
  const { schedule, flush } = useDebouncedSave(onSave);

  return (
    <div className="private-notes presenter-hide no-print">
      <Disclosure
        title="Private notes"
        hint={
          text.trim() === ''
            ? 'Only in this browser; not in links unless you choose'
            : 'You have notes for this assessment'
        }
        shortcut="notes"
      >
        <label htmlFor={`${id}-notes`}>Notes for this assessment</label>
        <p className="field-hint" id={`${id}-hint`}>
          Saved in this browser as you type. They are not put into share links unless you tick
          “Include my notes in the shared link” under More. Up to{' '}
          {MAX_NOTES_LENGTH.toLocaleString('en')} characters.
        </p>
        <textarea
          id={`${id}-notes`}
          rows={5}
          value={text}
          maxLength={MAX_NOTES_LENGTH}
          data-shortcut="notes"
          aria-describedby={`${id}-hint ${id}-count`}
          onChange={(event) => {
            const value = event.currentTarget.value.slice(0, MAX_NOTES_LENGTH);
            setText(value);
            schedule(value);
          }}
          onBlur={() => flush(false)}
        />
        <NotesCounter id={`${id}-count`} length={text.length} />
      </Disclosure>
    </div>
  );
}

/**
 * Calls `onSave` once typing pauses, and at once when the box unmounts or the page is hidden
 * (switching apps on a phone, closing the tab), so no typing is lost.
 */
function useDebouncedSave(onSave: (text: string, leaving: boolean) => void) {
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);

  const flush = useCallback((leaving: boolean) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const text = pending.current;
    pending.current = null;
    if (text !== null) save.current(text, leaving);
  }, []);

  const schedule = useCallback(
    (text: string) => {
      pending.current = text;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(false), NOTES_SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const leave = () => flush(true);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      flush(false);
    };
  }, [flush]);

  return { schedule, flush };
}

/** "1,234 of 20,000 characters"; at the limit it says that nothing more is added. */
function NotesCounter({ id, length }: { id: string; length: number }) {
  const full = length >= MAX_NOTES_LENGTH;
  return (
    <p id={id} className={full ? 'field-error' : 'field-hint'} aria-live={full ? 'polite' : 'off'}>
      {length.toLocaleString('en')} of {MAX_NOTES_LENGTH.toLocaleString('en')} characters
      {full ? '. The notes are full: anything more you type or paste is not added.' : ''}
    </p>
  );
}
