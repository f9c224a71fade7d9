import { useMemo } from 'react';
import { restoreShareCode, type SharePayload } from '../../share';
import { useWorkspaceStore } from '../../store';
import { hrefFor, navigate } from '../../ui/router';
import { ResultView } from './result-view';
import { usePageHeading } from '../../ui/use-page-heading';

/**
 * `#s/<code>`: a result someone sent. The code goes through the codec's one restore function; a
 * damaged link gets a page of its own and never a half-filled result.
 *
 * Decision: the shared result is read-only here (assumptions shown, not editable). The receiver sees
 * exactly what the sender saw; to explore, "Edit a copy" or "Make this my assessment" adds it to the
 * saved assessments as a new one and opens it. A consultant may hold several clients here, so a link
 * never replaces any of them, and nothing on this page writes to storage until one is chosen.
 */
export function SharedResultPage({ code }: { code: string }) {
  const restored = useMemo(() => restoreShareCode(code), [code]);
  if (!restored.ok) return <DamagedLink message={restored.error.message} />;
  // Keyed by code: a different link is a different page (fresh confirmation state, focus, title).
  return <SharedResult key={code} payload={restored.value} />;
}

type Action = 'adopt' | 'copy';

function SharedResult({ payload }: { payload: SharePayload }) {
  const createAssessment = useWorkspaceStore((state) => state.createAssessment);

  function take(action: Action) {
    createAssessment({
      answers: payload.answers,
      assumptions: payload.assumptions,
      ...(payload.notes === undefined ? {} : { notes: payload.notes }),
      ...(payload.assumed === undefined ? {} : { assumed: payload.assumed }),
    });
    navigate(action === 'adopt' ? '/results' : '/assess/check');
  }

  const banner = (
    <div className="shared-banner notice no-print" role="region" aria-label="Shared result">
      <p className="shared-banner-title">
        <strong>You are viewing a shared result.</strong> It is read-only and lives only in this
        link; nothing from it is saved in your browser unless you choose to.
      </p>
      {payload.assumed ? (
        <p>
          It is a quick check: {payload.assumed.length} of its answers are typical values, marked
          “assumed” below.
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => take('adopt')}>
          Make this my assessment
        </button>
        <button type="button" className="button button-secondary" onClick={() => take('copy')}>
          Edit a copy
        </button>
      </div>
      <p className="shared-banner-hint">
        Either one adds it to the assessments saved in this browser; your own stay as they are.
      </p>
    </div>
  );

  return (
    <ResultView
      answers={payload.answers}
      changedAssumptions={payload.assumptions}
      assumed={payload.assumed}
      banner={banner}
      footer={
        payload.notes === undefined ? undefined : (
          <section className="result-section shared-notes" aria-labelledby="shared-notes-title">
            <h2 id="shared-notes-title">Notes from the sender</h2>
            {/* Link data: rendered as text only (React escapes it), line breaks kept by CSS. */}
            <p className="notes-text">{payload.notes}</p>
          </section>
        )
      }
      pageTitle={() => 'Shared result – Hire Ready'}
      focusHeading
    />
  );
}

function DamagedLink({ message }: { message: string }) {
  const heading = usePageHeading('Link damaged – Hire Ready');
  return (
    <section className="stack narrow damaged-link">
      <h1 ref={heading} tabIndex={-1}>
        This link is damaged or incomplete
      </h1>
      <p className="notice notice-bad">{message}</p>
      <p>
        Ask the sender for a new link, or start your own assessment. Nothing saved in this browser
        has been changed.
      </p>
      <p className="button-row">
        <a className="button" href={hrefFor('/assess/company')}>
          Start your own assessment
        </a>
        <a className="button button-secondary" href={hrefFor('/')}>
          Go to the start page
        </a>
      </p>
    </section>
  );
}
