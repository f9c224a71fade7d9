import { useId, useState } from 'react';
import type { AnswerKey, Answers, Assumptions } from '../../domain';
import {
  assessmentFileName,
  buildShareUrl,
  exportAssessmentFile,
  MAX_SHARED_NOTES_LENGTH,
} from '../../share';
import { CopyButton } from '../../ui/copy-button';
import { hrefFor } from '../../ui/router';
import { requestCharts } from './charts-loader';
import { downloadTextFile } from './download';

interface ResultActionsProps {
  answers: Answers;
  changedAssumptions: Partial<Assumptions>;
  /** Private notes; put into the link only when the person ticks the box. */
  notes?: string;
  /** Whether `answers` include what-if values (the link then says so). */
  hasWhatIf?: boolean;
  /** A quick check's assumed answers: the link says which they are. */
  assumed?: readonly AnswerKey[];
}

/** The page's own URL without its fragment: where a share link must point. */
export function appBaseUrl(): string {
  return window.location.href.split('#')[0] ?? window.location.href;
}

const chartsDrawn = () =>
  Array.from(document.querySelectorAll('.chart-frame')).every((frame) =>
    frame.querySelector('svg'),
  );

/**
 * Loads the charts first (they otherwise wait for scrolling), waits until each chart frame has drawn
 * its SVG (the chunk loads, Suspense retries, recharts measures its box), then prints. Capped, so a
 * chart that cannot draw never blocks printing; its data table prints regardless.
 */
async function printReport() {
  await requestCharts();
  const deadline = performance.now() + 3000;
  while (!chartsDrawn() && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  window.print();
}

/** Copy link, download, print and edit: the things to do with your own result. */
export function ResultActions({
  answers,
  changedAssumptions,
  notes = '',
  assumed,
  hasWhatIf = false,
}: ResultActionsProps) {
  const id = useId();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [includeNotes, setIncludeNotes] = useState(false);
  const trimmedNotes = notes.trim();
  const notesTooLong = trimmedNotes.length > MAX_SHARED_NOTES_LENGTH;
  const canIncludeNotes = trimmedNotes !== '' && !notesTooLong;

  function download() {
    const text = exportAssessmentFile({
      answers,
      assumptions: changedAssumptions,
      name: answers.companyName || undefined,
    });
    const fileName = assessmentFileName(answers.companyName);
    downloadTextFile(text, fileName);
    setDownloaded(fileName);
  }

  return (
    <>
      <div className="button-row">
        <CopyButton
          label="Copy link"
          copiedMessage="Link copied. Anyone who opens it sees this result; nothing is stored on a server."
          fallbackLabel="Link to this result"
          shortcut="copy-link"
          getText={() =>
            buildShareUrl(appBaseUrl(), {
              answers,
              assumptions: changedAssumptions,
              ...(includeNotes && canIncludeNotes ? { notes: trimmedNotes } : {}),
              ...(assumed && assumed.length > 0 ? { assumed: [...assumed] } : {}),
            })
          }
        />
        <button type="button" className="button button-secondary" onClick={download}>
          Download answers (JSON)
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void printReport()}
        >
          Print or save as PDF
        </button>
        <a
          className="button button-secondary"
          href={hrefFor('/assess/check')}
          data-shortcut="edit-answers"
        >
          Edit answers
        </a>
      </div>
      {notes !== undefined && (
        <div className="checkbox-inline">
          <input
            id={`${id}-notes`}
            type="checkbox"
            checked={includeNotes && canIncludeNotes}
            disabled={!canIncludeNotes}
            aria-describedby={`${id}-notes-hint`}
            onChange={(event) => setIncludeNotes(event.currentTarget.checked)}
          />
          <label htmlFor={`${id}-notes`}>Include my notes in the link</label>
          <p className="field-hint" id={`${id}-notes-hint`}>
            {trimmedNotes === ''
              ? 'You have no notes for this assessment.'
              : notesTooLong
                ? `Notes longer than ${MAX_SHARED_NOTES_LENGTH} characters cannot go into a link.`
                : 'Without this, your private notes stay in this browser.'}{' '}
            The link carries the answers{hasWhatIf ? ' with your what-if values' : ''} and changed
            assumptions.
          </p>
        </div>
      )}
      <p role="status" className={downloaded ? 'action-status' : 'visually-hidden'}>
        {downloaded &&
          `Saved ${downloaded}. Open it later from the start page with “Open a saved assessment file”.`}
      </p>
    </>
  );
}
