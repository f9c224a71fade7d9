import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type * as StoreModule from '../../store';
import { hasSavedWorkspace } from '../../store/workspace-key';
import { hrefFor } from '../../ui/router';
import { resultOrStep } from '../../ui/routes';
import './resume-draft.css';

type Store = typeof StoreModule;

/** The store module, or 'failed' when its code could not be loaded. */
export type StoreOrFailed = Store | 'failed';

/**
 * "Resume your assessment" and "Start over" for a saved draft, in place of `otherwise` (the usual
 * "Start assessment"). The store, and with it zod, loads only when this browser holds a saved draft,
 * so a first visit's landing chunk stays small: it arrives with this panel's code
 * (load-resume-draft.ts), so the panel is drawn with the page instead of pushing it down later.
 * The store's own restore step decides whether the draft is usable and reports damaged data.
 */
export function ResumeDraft({ otherwise, store }: { otherwise: ReactNode; store: StoreOrFailed }) {
  const [saved] = useState(hasSavedWorkspace);
  if (!saved || store === 'failed') return otherwise;
  return <ResumePanel store={store} otherwise={otherwise} />;
}

function ResumePanel({ store, otherwise }: { store: Store; otherwise: ReactNode }) {
  // The store module arrives as a prop (it is loaded on demand), so read it through
  // useSyncExternalStore rather than calling its hooks through a variable.
  const state = useSyncExternalStore(
    store.useWorkspaceStore.subscribe,
    store.useWorkspaceStore.getState,
  );
  const draft = store.activeOrEmpty(state);
  const count = state.assessments.length;
  const [stage, setStage] = useState<'idle' | 'confirm' | 'cancelled' | 'deleted'>('idle');
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const startOverButton = useRef<HTMLButtonElement>(null);
  const deletedMessage = useRef<HTMLParagraphElement>(null);

  // Focus follows the conversation: into the question, back to "Start over" on Cancel, onto the
  // confirmation once deleted (the buttons that had focus are gone).
  useEffect(() => {
    if (stage === 'confirm') confirmHeading.current?.focus();
    if (stage === 'cancelled') startOverButton.current?.focus();
    if (stage === 'deleted') deletedMessage.current?.focus();
  }, [stage]);

  if (stage === 'deleted') {
    return (
      <>
        <p ref={deletedMessage} className="notice resume-notice" tabIndex={-1}>
          Your saved answers have been deleted.
        </p>
        {otherwise}
      </>
    );
  }

  if (!store.hasProgress(draft)) {
    // Damaged saved data is explained by the app shell's storage notice.
    return otherwise;
  }

  const stepsDone = store.stepsAnswered(draft.answers);
  const name = draft.answers.companyName?.trim();
  return (
    <>
      <section className="card resume" aria-labelledby="resume-title">
        <h2 id="resume-title" className="resume-title">
          Welcome back
        </h2>
        <p>
          You have an assessment in progress{name ? ` for ${name}` : ''}:{' '}
          {stepsDone === 5 ? 'all five steps answered.' : `${stepsDone} of 5 steps answered.`} It is
          saved in this browser.
          {count > 1 && (
            <>
              {' '}
              <a href={hrefFor({ name: 'clients' })}>See all {count} saved assessments</a>.
            </>
          )}
        </p>
        <div className="button-row">
          <a className="button" href={hrefFor(resultOrStep(store.openView(draft)))}>
            Resume your assessment
          </a>
          <button
            ref={startOverButton}
            type="button"
            className="button button-secondary"
            aria-expanded={stage === 'confirm'}
            aria-controls="start-over-confirm"
            onClick={() => setStage('confirm')}
          >
            Start over
          </button>
        </div>
        {stage === 'confirm' ? (
          <div
            id="start-over-confirm"
            className="resume-confirm"
            role="group"
            aria-labelledby="start-over-title"
          >
            <h3 id="start-over-title" ref={confirmHeading} tabIndex={-1}>
              Delete your answers and start over?
            </h3>
            <p>This removes the answers saved in this browser. You cannot undo it.</p>
            <div className="button-row">
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  state.deleteOpenAssessment();
                  setStage('deleted');
                }}
              >
                Yes, delete my answers
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setStage('cancelled')}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : null}
      </section>
    </>
  );
}
