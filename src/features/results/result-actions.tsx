import { useState } from 'react';
import type { Answers, Assumptions } from '../../domain';
import { assessmentFileName, buildShareUrl, exportAssessmentFile } from '../../share';
import { CopyButton } from '../../ui/copy-button';
import { hrefFor } from '../../ui/router';
import { downloadTextFile } from './download';

interface ResultActionsProps {
  answers: Answers;
  changedAssumptions: Partial<Assumptions>;
}

/** The page's own URL without its fragment: where a share link must point. */
export function appBaseUrl(): string {
  return window.location.href.split('#')[0] ?? window.location.href;
}

/** Copy link, download, print and edit: the things to do with your own result. */
export function ResultActions({ answers, changedAssumptions }: ResultActionsProps) {
  const [downloaded, setDownloaded] = useState<string | null>(null);

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
          getText={() => buildShareUrl(appBaseUrl(), { answers, assumptions: changedAssumptions })}
        />
        <button type="button" className="button button-secondary" onClick={download}>
          Download answers (JSON)
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <a className="button button-secondary" href={hrefFor('/assess/check')}>
          Edit answers
        </a>
      </div>
      <p role="status" className={downloaded ? 'action-status' : 'visually-hidden'}>
        {downloaded &&
          `Saved ${downloaded}. Open it later from the start page with “Open a saved assessment file”.`}
      </p>
    </>
  );
}
