import { useId } from 'react';
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
          “Include my notes in the shared link” under More.
        </p>
        <textarea
          id={`${id}-notes`}
          rows={5}
          value={notes}
          data-shortcut="notes"
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </Disclosure>
    </div>
  );
}
