import { useId, useRef, useState } from 'react';
import type { SharePayload } from '../../share';
import { navigate } from '../../ui/router';

/** Generous: a real export is under 2 kB. Anything far bigger is not one of ours. */
const MAX_FILE_BYTES = 200_000;

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; message: string; details?: string[] }
  | { kind: 'confirm'; payload: SharePayload; fileName: string };

async function apply(payload: SharePayload) {
  const { useDraftStore } = await import('../../store');
  useDraftStore.getState().replaceDraft(payload);
  navigate('/results');
}

/**
 * "Open a saved assessment file": reads a file from "Download answers (JSON)", restores it with the
 * share codec (same schema as links), and on success makes it the draft and shows the result. A bad
 * file changes nothing; an existing draft is only replaced after the person confirms.
 *
 * The codec and the store are loaded when a file is chosen, so the landing page does not ship them.
 */
export function ImportAssessment() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  async function open(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setState({
        kind: 'error',
        message: 'This file is too large to be a Hire Ready assessment. Nothing was changed.',
      });
      return;
    }
    const [{ restoreAssessmentFile }, { useDraftStore, hasProgress }, text] = await Promise.all([
      import('../../share'),
      import('../../store'),
      file.text(),
    ]);
    const restored = restoreAssessmentFile(text);
    if (!restored.ok) {
      setState({
        kind: 'error',
        message: `${restored.error.message} Nothing was changed.`,
        details: restored.error.details,
      });
      return;
    }
    if (hasProgress(useDraftStore.getState())) {
      setState({ kind: 'confirm', payload: restored.value, fileName: file.name });
      return;
    }
    await apply(restored.value);
  }

  function reset() {
    setState({ kind: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
  }

  return (
    <div className="import-assessment">
      <label htmlFor={`${id}-file`} className="import-label">
        Open a saved assessment file
      </label>
      <p className="import-hint" id={`${id}-hint`}>
        A .json file saved with “Download answers” on a result page. It is read in this browser
        only.
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
        {state.kind === 'confirm' && (
          <div
            className="notice notice-warn import-message"
            role="group"
            aria-labelledby={`${id}-confirm`}
          >
            <p id={`${id}-confirm`}>
              <strong>Replace the assessment saved in this browser?</strong> Opening “
              {state.fileName}”
              {state.payload.answers.companyName.trim() !== '' && (
                <> ({state.payload.answers.companyName})</>
              )}{' '}
              replaces the answers you have saved here.
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button button-danger"
                onClick={() => void apply(state.payload)}
              >
                Replace my answers
              </button>
              <button type="button" className="button button-secondary" onClick={reset}>
                Keep my answers
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
