import { useId, useRef, useState } from 'react';
import { navigate } from '../../ui/router';
import { ASSESSMENT_LIMIT_MESSAGE } from '../../share/limits';

/** Generous: a real export is under 2 kB. Anything far bigger is not one of ours. */
const MAX_FILE_BYTES = 200_000;

type ImportState = { kind: 'idle' } | { kind: 'error'; message: string; details?: string[] };

/**
 * "Open a saved assessment file": reads a file from "Download answers (JSON)", restores it with the
 * share codec (same schema as links), and on success adds it as a new saved assessment, opens it and
 * shows the result. Nothing already saved is replaced, so there is nothing to confirm; a bad file
 * changes nothing.
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
    const [{ restoreAssessmentFile }, { useWorkspaceStore }, text] = await Promise.all([
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
    const { answers, assumptions, notes } = restored.value;
    const created = useWorkspaceStore
      .getState()
      .createAssessment({ answers, assumptions, ...(notes === undefined ? {} : { notes }) });
    if (created === null) {
      setState({ kind: 'error', message: ASSESSMENT_LIMIT_MESSAGE });
      return;
    }
    navigate('/results');
  }

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
