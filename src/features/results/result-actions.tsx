import { useId, useState } from 'react';
import { assessmentTitle, type AnswerKey, type Answers, type Assumptions } from '../../domain';
import {
  assessmentFileName,
  buildShareUrl,
  exportAssessmentFile,
  MAX_SHARED_NOTES_LENGTH,
} from '../../share';
import { Icon } from '../../ui/icons';
import { hrefFor } from '../../ui/router';
import { ShareButton } from '../../ui/share-button';
import { downloadFile } from '../../ui/download-file';
import { PreparedByForm } from './prepared-by';
import { printReport } from './print';

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

/**
 * The actions on your own result, in the order people use them: share, print, edit. The rarer
 * ones (the JSON file, notes in the link, "prepared by") wait under "More".
 */
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
    downloadFile(text, fileName);
    setDownloaded(fileName);
  }

  return (
    <div className="actions">
      <div className="actions-main">
        <ShareButton
          label="Share"
          shortcut="copy-link"
          copiedMessage="Link copied. Whoever opens it sees this result; nothing goes to a server."
          getData={() => ({
            title: `Hire Ready: ${assessmentTitle(answers)}`,
            text: 'Which sales hire comes next, and why.',
            url: buildShareUrl(appBaseUrl(), {
              answers,
              assumptions: changedAssumptions,
              ...(includeNotes && canIncludeNotes ? { notes: trimmedNotes } : {}),
              ...(assumed && assumed.length > 0 ? { assumed: [...assumed] } : {}),
            }),
          })}
        />
        <button type="button" className="button button-secondary" onClick={printReport}>
          <Icon name="print" />
          Print or save as PDF
        </button>
        <a
          className="button button-secondary"
          href={hrefFor({ name: 'wizard', step: 'check' })}
          data-shortcut="edit-answers"
        >
          <Icon name="edit" />
          Edit answers
        </a>
      </div>
      <details className="more">
        <summary className="button button-quiet">
          <Icon name="more" />
          More
        </summary>
        <div className="more-body">
          <div className="checkbox-inline">
            <input
              id={`${id}-notes`}
              type="checkbox"
              checked={includeNotes && canIncludeNotes}
              disabled={!canIncludeNotes}
              aria-describedby={`${id}-notes-hint`}
              onChange={(event) => setIncludeNotes(event.currentTarget.checked)}
            />
            <label htmlFor={`${id}-notes`}>Include my notes in the shared link</label>
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
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              onClick={download}
              data-shortcut="export"
            >
              <Icon name="download" />
              Download answers (JSON)
            </button>
            <a className="button button-secondary" href={hrefFor({ name: 'clients' })}>
              Open a saved file
            </a>
          </div>
          <p role="status" className={downloaded ? 'action-status' : 'visually-hidden'}>
            {downloaded &&
              `Saved ${downloaded}. Open it later with “Open a saved file” or from the start page.`}
          </p>
          <PreparedByForm />
        </div>
      </details>
    </div>
  );
}
