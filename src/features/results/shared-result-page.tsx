import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { restoreShareCode, type SharePayload } from '../../share';
import { useDraftStore } from '../../store';
import { hrefFor, navigate } from '../../ui/router';
import { ResultView } from './result-view';
import { usePageHeading } from './use-page-heading';

/**
 * `#s/<code>`: a result someone sent. The code goes through the codec's one restore function; a
 * damaged link gets a page of its own and never a half-filled result.
 *
 * Decision: the shared result is read-only here (assumptions shown, not editable). The receiver sees
 * exactly what the sender saw; to explore, "Edit a copy" or "Make this my assessment" copies it into
 * their own draft, after asking if that would replace one. Nothing on this page writes to storage
 * until one of those is confirmed.
 */
export function SharedResultPage({ code }: { code: string }) {
  const restored = useMemo(() => restoreShareCode(code), [code]);
  if (!restored.ok) return <DamagedLink message={restored.error.message} />;
  // Keyed by code: a different link is a different page (fresh confirmation state, focus, title).
  return <SharedResult key={code} payload={restored.value} />;
}

type Pending = null | 'adopt' | 'copy';

function SharedResult({ payload }: { payload: SharePayload }) {
  const ownAnswers = useDraftStore((state) => state.answers);
  const ownAssumptions = useDraftStore((state) => state.assumptions);
  const replaceDraft = useDraftStore((state) => state.replaceDraft);
  const [pending, setPending] = useState<Pending>(null);
  const hasOwnDraft = Object.keys(ownAnswers).length > 0 || Object.keys(ownAssumptions).length > 0;

  function take(action: Exclude<Pending, null>) {
    replaceDraft({ answers: payload.answers, assumptions: payload.assumptions });
    navigate(action === 'adopt' ? '/results' : '/assess/check');
  }

  function request(action: Exclude<Pending, null>) {
    if (hasOwnDraft) setPending(action);
    else take(action);
  }

  const ownName = typeof ownAnswers.companyName === 'string' ? ownAnswers.companyName.trim() : '';

  const banner = (
    <div className="shared-banner notice no-print" role="region" aria-label="Shared result">
      <p className="shared-banner-title">
        <strong>You are viewing a shared result.</strong> It is read-only and lives only in this
        link; nothing from it is saved in your browser unless you choose to.
      </p>
      {pending === null ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => request('adopt')}>
            Make this my assessment
          </button>
          <button type="button" className="button button-secondary" onClick={() => request('copy')}>
            Edit a copy
          </button>
        </div>
      ) : (
        <ReplaceConfirm
          ownName={ownName}
          onConfirm={() => take(pending)}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );

  return (
    <ResultView
      answers={payload.answers}
      changedAssumptions={payload.assumptions}
      banner={banner}
      pageTitle={() => 'Shared result – Hire Ready'}
      focusHeading
    />
  );
}

function ReplaceConfirm({
  ownName,
  onConfirm,
  onCancel,
}: {
  ownName: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-q`} ref={ref} tabIndex={-1}>
      <p id={`${id}-q`}>
        <strong>Replace your own answers?</strong> This browser already holds your assessment
        {ownName !== '' && <> for “{ownName}”</>}. Taking this shared one replaces it; download your
        answers first if you want to keep them.
      </p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={onConfirm}>
          Replace my answers
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Keep my answers
        </button>
      </div>
    </div>
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
