import { useId } from 'react';
import { MAX_NOTES_LENGTH } from '../../share';
import { Disclosure } from '../../ui/disclosure';

/** Private notes for the open assessment, saved as typed. Hidden in presenter view and print. */
export function NotesEditor({
  notes,
  onChange,
}: {
  notes: string;
  onChange: (notes: string) => void;
}) {
  const id = useId();
  return (
    <div className="private-notes presenter-hide no-print">
      <Disclosure
        title="Private notes"
        hint={
          notes.trim() === ''
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
          value={notes}
          maxLength={MAX_NOTES_LENGTH}
          data-shortcut="notes"
          aria-describedby={`${id}-hint ${id}-count`}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        <NotesCounter id={`${id}-count`} length={notes.length} />
      </Disclosure>
    </div>
  );
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
