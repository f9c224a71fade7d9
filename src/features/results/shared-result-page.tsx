import { useMemo, useState } from 'react';
import './results.css';
import { assessmentTitle } from '../../domain';
import { ASSESSMENT_LIMIT_MESSAGE, restoreShareCode, type SharePayload } from '../../share';
import { Icon } from '../../ui/icons';
import { hrefFor, navigate } from '../../ui/router';
import { HiringPlanSection } from '../plan';
import { ResultView, type PlanContext } from './result-view';
import { usePageHeading } from '../../ui/use-page-heading';

/**
 * `#s/<code>`: a result someone sent. The code goes through the codec's one restore function; a
 * damaged link gets a page of its own and never a half-filled result.
 *
 * Decision: the shared result is read-only here (assumptions shown, not editable). The recipient
 * sees exactly what the sender saw, with two next steps: "Assess my own company" (a fresh
 * assessment) or "Save a copy to edit" (adds this one to the saved assessments and opens it). A
 * consultant may hold several clients here, so a link never replaces any of them, and nothing on
 * this page writes to storage until one is chosen.
 */
export function SharedResultPage({ code }: { code: string }) {
  const restored = useMemo(() => restoreShareCode(code), [code]);
  if (!restored.ok) return <DamagedLink message={restored.error.message} />;
  // Keyed by code: a different link is a different page (fresh confirmation state, focus, title).
  return <SharedResult key={code} payload={restored.value} />;
}

/** The saved assessments, loaded only when the recipient acts: reading a link never needs them. */
const loadStore = () => import('../../store');

const STORE_FAILED_MESSAGE =
  'Hire Ready could not load the part that keeps assessments in this browser, probably because it was updated since this page opened. Reload the page and try again: the link keeps this result.';

/** The recipient's plan is read-only: no burn to save (nothing is stored until they save a copy). */
function renderPlan(context: PlanContext) {
  return <HiringPlanSection {...context} />;
}

function SharedResult({ payload }: { payload: SharePayload }) {
  // The name the sender's list and result show, so both sides call it the same.
  const name = assessmentTitle(payload.answers);
  const [problem, setProblem] = useState<string | null>(null);

  async function withStore(run: (store: Awaited<ReturnType<typeof loadStore>>) => void) {
    let store: Awaited<ReturnType<typeof loadStore>>;
    try {
      store = await loadStore();
    } catch {
      setProblem(STORE_FAILED_MESSAGE);
      return;
    }
    run(store);
  }

  function saveCopy() {
    void withStore(({ useWorkspaceStore }) => {
      const created: string | null = useWorkspaceStore.getState().createAssessment({
        answers: payload.answers,
        assumptions: payload.assumptions,
        ...(payload.notes === undefined ? {} : { notes: payload.notes }),
        ...(payload.assumed === undefined ? {} : { assumed: payload.assumed }),
      });
      setProblem(created === null ? ASSESSMENT_LIMIT_MESSAGE : null);
      if (created !== null) navigate({ name: 'results' });
    });
  }

  function assessOwn() {
    void withStore(({ useWorkspaceStore }) => {
      // With assessments of their own in this browser, a fresh one: the link never edits theirs.
      const store = useWorkspaceStore.getState();
      if (store.assessments.length > 0) store.createAssessment();
      navigate({ name: 'wizard', step: 'company' });
    });
  }

  return (
    <ResultView
      answers={payload.answers}
      changedAssumptions={payload.assumptions}
      assumed={payload.assumed}
      context={
        <>
          <span className="shared-tag">Shared result:</span>{' '}
          {/* Company name is link data: rendered as text only, never into attributes. Saying what
              Hire Ready made tells a recipient who has never heard of it what they are reading. */}
          {payload.answers.companyName.trim() === ''
            ? 'an untitled Hire Ready assessment'
            : `a Hire Ready assessment of ${name}`}
        </>
      }
      actions={
        <div className="actions">
          <div className="actions-main">
            <button type="button" className="button" onClick={assessOwn}>
              Assess my own company
              <Icon name="arrowRight" />
            </button>
            <button type="button" className="button button-secondary" onClick={saveCopy}>
              <Icon name="edit" />
              Save a copy to edit
            </button>
          </div>
          {problem === null ? null : (
            <p className="notice" role="alert">
              {problem}
            </p>
          )}
        </div>
      }
      afterCard={
        <>
          {payload.assumed ? (
            <p className="about-line quick-note">
              It is a quick check: {payload.assumed.length} of its answers are typical values,
              marked “assumed” under “Your answers”, so its confidence is at most medium.
            </p>
          ) : null}
          <p className="about-line no-print">
            <strong>Hire Ready</strong> tells a B2B company whether its next sales hire should be an
            Account Executive, an SDR, both, or nobody yet, in about five minutes. This result lives
            only in the link: nothing is saved in your browser unless you save a copy.
          </p>
        </>
      }
      footer={
        payload.notes === undefined ? undefined : (
          <section className="result-section shared-notes" aria-labelledby="shared-notes-title">
            <h2 id="shared-notes-title">Notes from the sender</h2>
            {/* Link data: rendered as text only (React escapes it), line breaks kept by CSS. */}
            <p className="notes-text">{payload.notes}</p>
          </section>
        )
      }
      plan={renderPlan}
      pageTitle={() => `Shared result: ${name} – Hire Ready`}
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
        <a className="button" href={hrefFor({ name: 'wizard', step: 'company' })}>
          Start your own assessment
        </a>
        <a className="button button-secondary" href={hrefFor({ name: 'landing' })}>
          Go to the start page
        </a>
      </p>
    </section>
  );
}
