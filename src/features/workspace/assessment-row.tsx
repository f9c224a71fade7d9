import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { assessmentName, openView, useWorkspaceStore, type SavedAssessment } from '../../store';
import { usePreferencesStore } from '../../store/preferences';
import { navigate } from '../../ui/router';
import { verdictInBrief } from '../results';
import { resultOrStep } from '../../ui/routes';
import { formatEdited, statusOf } from './summary';

/** `<time dateTime>` for a stored time; empty for one no Date can hold, instead of throwing. */
function isoTime(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

export interface RowProps {
  assessment: SavedAssessment;
  active: boolean;
  now: number;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDelete: () => void;
}

export function AssessmentRow({ assessment, active, now, selected, onSelect, onDelete }: RowProps) {
  const presenting = usePreferencesStore((state) => state.presenter);
  const name = assessmentName(assessment);
  const status = useMemo(() => statusOf(assessment), [assessment]);
  const openAssessment = useWorkspaceStore((state) => state.openAssessment);
  const duplicateAssessment = useWorkspaceStore((state) => state.duplicateAssessment);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);

  useEffect(() => {
    // Back to "Rename" when the inline form closes, so keyboard users stay where they were.
    if (wasRenaming.current && !renaming) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  return (
    <li className={active ? 'assessment-item assessment-active' : 'assessment-item'}>
      <div className="assessment-main">
        <input
          id={`select-${assessment.id}`}
          type="checkbox"
          className="assessment-select"
          checked={selected}
          onChange={(event) => onSelect(event.currentTarget.checked)}
        />
        <label htmlFor={`select-${assessment.id}`} className="visually-hidden">
          Select {name} to compare
        </label>
        <div className="assessment-text">
          {renaming ? (
            <RenameForm assessment={assessment} onDone={() => setRenaming(false)} />
          ) : (
            <h2 className="assessment-name">
              <button
                id={`open-${assessment.id}`}
                type="button"
                className="button-link"
                onClick={() => {
                  openAssessment(assessment.id);
                  navigate(resultOrStep(openView(assessment)));
                }}
              >
                {/* Presenter view hides other clients' names from a shared screen. */}
                {presenting && !active ? 'Another client' : name}
              </button>
              {active && <span className="badge badge-neutral">Open now</span>}
            </h2>
          )}
          <p className="assessment-meta">
            Last edited{' '}
            <time dateTime={isoTime(assessment.updatedAt)}>
              {formatEdited(assessment.updatedAt, now)}
            </time>
            {' · '}
            {status.complete ? (
              <span
                className={`badge verdict-badge verdict-badge-${status.assessment.recommendation.status}`}
              >
                {verdictInBrief(status.assessment)}
              </span>
            ) : (
              <span className="badge badge-neutral">In progress · step {status.step} of 5</span>
            )}
            {(assessment.assumed?.length ?? 0) > 0 && (
              <>
                {' · '}
                <span className="badge badge-neutral">
                  Quick · {assessment.assumed?.length} answers assumed
                </span>
              </>
            )}
            {Object.keys(assessment.whatIf).length > 0 && ' · with what-if values'}
          </p>
        </div>
      </div>
      {!renaming && (
        <div className="assessment-actions">
          <button
            ref={renameButton}
            type="button"
            className="button button-secondary button-small"
            onClick={() => setRenaming(true)}
          >
            Rename <span className="visually-hidden">{name}</span>
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => duplicateAssessment(assessment.id)}
          >
            Duplicate <span className="visually-hidden">{name}</span>
          </button>
          <button type="button" className="button button-secondary button-small" onClick={onDelete}>
            Delete <span className="visually-hidden">{name}</span>
          </button>
        </div>
      )}
    </li>
  );
}

function RenameForm({ assessment, onDone }: { assessment: SavedAssessment; onDone: () => void }) {
  const id = useId();
  const renameAssessment = useWorkspaceStore((state) => state.renameAssessment);
  const [value, setValue] = useState(assessment.answers.companyName ?? '');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);

  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (renameAssessment(assessment.id, value)) onDone();
        else setError('Enter a name of 80 characters or fewer');
      }}
    >
      <label htmlFor={`${id}-name`}>Company name</label>
      <input
        ref={input}
        id={`${id}-name`}
        type="text"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-small">
          Save name
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
