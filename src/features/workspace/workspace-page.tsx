import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatNumber } from '../../domain/format';
import { ASSESSMENT_LIMIT_MESSAGE } from '../../share/limits';
import { assessmentName, useWorkspaceStore, type SavedAssessment } from '../../store';
import { ErrorBoundary } from '../../ui/error-boundary';
import { hrefFor, navigate } from '../../ui/router';
import { AssessmentRow } from './assessment-row';
import { TransferSection } from './transfer-section';
import { usePageHeading } from '../../ui/use-page-heading';
import './workspace.css';

/** How long "Undo" stays after a delete. */
export const UNDO_MS = 10_000;

/**
 * Rows shown at first and added by "Show more": with years of clients saved, rendering (and
 * scoring) every one would freeze the page; search finds the rest.
 */
export const PAGE_SIZE = 50;

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
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<string[]>([]);
  const [undo, setUndo] = useState<SavedAssessment | null>(null);
  const [atLimit, setAtLimit] = useState(false);
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
  const matching = needle
    ? sorted.filter((a) => assessmentName(a).toLowerCase().includes(needle))
    : sorted;
  const shown = matching.slice(0, limit);
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
            const created = createAssessment();
            setAtLimit(created === null);
            if (created !== null) navigate({ name: 'wizard', step: 'company' });
          }}
        >
          New assessment
        </button>
      </div>
      {atLimit ? (
        <p className="notice" role="alert">
          {ASSESSMENT_LIMIT_MESSAGE}
        </p>
      ) : null}
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
              navigate({ name: 'compare', a: liveSelected[0] ?? '', b: liveSelected[1] ?? '' })
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
        <ErrorBoundary label="The list of assessments">
          <ul className="assessment-list" aria-label="Assessments, newest first">
            {shown.map((assessment) => (
              <ErrorBoundary
                key={assessment.id}
                label={`“${assessmentName(assessment)}”`}
                resetKeys={[assessment]}
                as="li"
                actions={
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => remove(assessment)}
                  >
                    Delete <span className="visually-hidden">{assessmentName(assessment)}</span>
                  </button>
                }
              >
                <AssessmentRow
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
              </ErrorBoundary>
            ))}
          </ul>
          {matching.length > shown.length ? (
            <p className="button-row">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setLimit((n) => n + PAGE_SIZE * 4)}
              >
                Show more
              </button>
              <span className="field-hint">
                Showing {formatNumber(shown.length, 0)} of {formatNumber(matching.length, 0)}.
                Search finds any of them.
              </span>
            </p>
          ) : null}
        </ErrorBoundary>
      )}

      <ErrorBoundary label="Export and import">
        <TransferSection assessments={sorted} />
      </ErrorBoundary>
      <p>
        <a href={hrefFor({ name: 'landing' })}>Back to the start page</a>
      </p>
    </section>
  );
}
