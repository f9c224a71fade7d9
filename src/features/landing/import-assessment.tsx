import { useEffect, useId, useRef, useState } from 'react';
import { takeEarlyFile } from '../../ui/early-file';
import './landing.css';

type ImportState = { kind: 'idle' } | { kind: 'error'; message: string; details?: string[] };

/** Opens the file as a new saved assessment and shows its result; what went wrong, if it did not. */
async function problemOpening(file: File) {
  const { openAssessmentFile } = await import('./open-assessment-file');
  return openAssessmentFile(file);
}

/**
 * "Open a saved assessment file": reads a file from "Download answers (JSON)", restores it with the
 * share codec (same schema as links), and on success adds it as a new saved assessment, opens it and
 * shows the result. Nothing already saved is replaced, so there is nothing to confirm; a bad file
 * changes nothing.
 *
 * The codec and the store are loaded when a file is chosen (open-assessment-file.ts), so the landing
 * page does not ship them.
 */
export function ImportAssessment() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  async function open(file: File) {
    const problem = await problemOpening(file);
    if (problem) setState({ kind: 'error', ...problem });
  }

  // A file chosen in the static first paint, before this control existed (ui/early-file.ts).
  useEffect(() => {
    const early = takeEarlyFile();
    if (!early) return;
    let live = true;
    void problemOpening(early).then((problem) => {
      if (live && problem) setState({ kind: 'error', ...problem });
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="import-assessment">
      <label htmlFor={`${id}-file`} className="import-label">
        Open a saved assessment file
      </label>
      <p className="import-hint" id={`${id}-hint`}>
        A .json file saved with “Download answers” on a result page. It is added to the assessments
        in this browser; nothing already saved is replaced.
      </p>
      <input
        ref={inputRef}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void open(file);
        }}
      />
      <div aria-live="polite">
        {state.kind === 'error' && (
          <div className="notice notice-bad import-message">
            <p>
              <strong>That file could not be opened.</strong> {state.message}
            </p>
            {state.details && state.details.length > 0 && (
              <ul>
                {state.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
