import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { assessmentName, useWorkspaceStore, type SavedAssessment } from '../../store';
import { hrefFor, navigate } from '../../ui/router';
import { KIND_SHORT_LABELS } from '../results';
import { formatEdited, openPath, statusOf } from './summary';
import { TransferSection } from './transfer-section';
import { usePageHeading } from '../../ui/use-page-heading';
import './workspace.css';

/** How long "Undo" stays after a delete. */
export const UNDO_MS = 10_000;

/**
 * `#/clients`: every assessment saved in this browser, newest first, with search, create, rename,
 * duplicate, delete (with Undo), compare and open. Names, times and badges are derived at render.
 */
export function WorkspacePage() {
  const id = useId();
  const heading = usePageHeading('Saved assessments – Hire Ready');
  const assessments = useWorkspaceStore((state) => state.assessments);
  const activeId = useWorkspaceStore((state) => state.activeId);
  const createAssessment = useWorkspaceStore((state) => state.createAssessment);
  const deleteAssessment = useWorkspaceStore((state) => state.deleteAssessment);
  const restoreAssessment = useWorkspaceStore((state) => state.restoreAssessment);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [undo, setUndo] = useState<SavedAssessment | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const toast = useRef<HTMLDivElement>(null);
  // The clock for "last edited": "5 minutes ago" is derived from it and updatedAt at render.
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const sorted = useMemo(
    () => assessments.toSorted((a, b) => b.updatedAt - a.updatedAt),
    [assessments],
  );
  const needle = query.trim().toLowerCase();
  const shown = needle
    ? sorted.filter((a) => assessmentName(a).toLowerCase().includes(needle))
    : sorted;
  const liveSelected = selected.filter((sid) => assessments.some((a) => a.id === sid));

  // Undo lasts UNDO_MS; when it ends with focus inside the notice, focus goes to the heading.
  useEffect(() => {
    if (!undo) return;
    undoButton.current?.focus();
    const timer = window.setTimeout(() => {
      if (toast.current?.contains(document.activeElement)) heading.current?.focus();
      setUndo(null);
    }, UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [undo, heading]);

  function remove(target: SavedAssessment) {
    const removed = deleteAssessment(target.id);
    if (removed) setUndo(removed);
  }

  function undoDelete() {
    if (!undo) return;
    // Rendered at once, so focus can go back onto the restored assessment's name.
    flushSync(() => {
      restoreAssessment(undo);
      setNow(Date.now());
      setUndo(null);
    });
    document.getElementById(`open-${undo.id}`)?.focus();
  }

  return (
    <section className="workspace stack">
      <div className="workspace-head">
        <h1 ref={heading} tabIndex={-1}>
          Saved assessments
        </h1>
        <button
          type="button"
          className="button"
          data-shortcut="new-assessment"
          onClick={() => {
            createAssessment();
            navigate('/assess/company');
          }}
        >
          New assessment
        </button>
      </div>
      <p className="section-intro">
        Every assessment saved in this browser. Open one to continue it or show its result; it
        becomes the one the questions and the result page work on.
      </p>

      <div className="workspace-tools">
        <div className="field">
          <label htmlFor={`${id}-search`}>Search by name</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            data-shortcut="search"
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            disabled={liveSelected.length !== 2}
            aria-describedby={`${id}-compare-hint`}
            data-shortcut="compare"
            onClick={() =>
              navigate(
                `/compare?a=${encodeURIComponent(liveSelected[0] ?? '')}&b=${encodeURIComponent(liveSelected[1] ?? '')}`,
              )
            }
          >
            Compare selected
          </button>
          <span className="field-hint" id={`${id}-compare-hint`}>
            {liveSelected.length === 2
              ? 'Two selected.'
              : `Select two assessments to compare (${liveSelected.length} selected).`}
          </span>
        </div>
      </div>

      <div ref={toast} className="undo-region" role="status">
        {undo && (
          <div className="notice undo-toast">
            <p>Deleted “{assessmentName(undo)}”.</p>
            <button
              ref={undoButton}
              type="button"
              className="button button-secondary"
              onClick={undoDelete}
            >
              Undo <span className="visually-hidden">deleting {assessmentName(undo)}</span>
            </button>
          </div>
        )}
      </div>

      {assessments.length === 0 ? (
        <p className="notice">
          No assessments saved in this browser yet. Start one with “New assessment”, or import a
          file below.
        </p>
      ) : shown.length === 0 ? (
        <p className="notice">No assessment’s name contains “{query.trim()}”.</p>
      ) : (
        <ul className="assessment-list" aria-label="Assessments, newest first">
          {shown.map((assessment) => (
            <AssessmentRow
              key={assessment.id}
              assessment={assessment}
              active={assessment.id === activeId}
              now={now}
              selected={liveSelected.includes(assessment.id)}
              onSelect={(on) =>
                setSelected((current) =>
                  on
                    ? [...current.filter((x) => x !== assessment.id), assessment.id].slice(-2)
                    : current.filter((x) => x !== assessment.id),
                )
              }
              onDelete={() => remove(assessment)}
            />
          ))}
        </ul>
      )}

      <TransferSection assessments={sorted} />
      <p>
        <a href={hrefFor('/')}>Back to the start page</a>
      </p>
    </section>
  );
}

interface RowProps {
  assessment: SavedAssessment;
  active: boolean;
  now: number;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDelete: () => void;
}

function AssessmentRow({ assessment, active, now, selected, onSelect, onDelete }: RowProps) {
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
                  navigate(openPath(assessment));
                }}
              >
                {name}
              </button>
              {active && <span className="badge badge-neutral">Open now</span>}
            </h2>
          )}
          <p className="assessment-meta">
            Last edited{' '}
            <time dateTime={new Date(assessment.updatedAt).toISOString()}>
              {formatEdited(assessment.updatedAt, now)}
            </time>
            {' · '}
            {status.complete ? (
              <span className={`badge kind-badge kind-${status.assessment.recommendation.kind}`}>
                {KIND_SHORT_LABELS[status.assessment.recommendation.kind]}
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
