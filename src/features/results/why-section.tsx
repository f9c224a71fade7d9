import { useId } from 'react';
import type { Assessment } from '../../domain';
import { DIMENSION_LABELS } from './format';

/** Reasons, blockers, next steps and "what would change this", in reading order. */
export function WhySection({ assessment }: { assessment: Assessment }) {
  const id = useId();
  const { reasons, blockers, nextSteps, whatWouldChange, margins } = assessment;
  const forReasons = reasons.filter((reason) => reason.stance === 'for');
  const againstReasons = reasons.filter((reason) => reason.stance === 'against');

  const blockerSection = blockers.length > 0 && (
    <section className="result-section" aria-labelledby={`${id}-blockers`}>
      <h2 id={`${id}-blockers`}>Fix these first</h2>
      <ul className="blocker-list" aria-labelledby={`${id}-blockers`}>
        {blockers.map((blocker) => (
          <li key={blocker.id} className="blocker">
            <h3>{blocker.title}</h3>
            <p>
              <strong>Why it matters: </strong>
              {blocker.why}
            </p>
            <p>
              <strong>How to fix it: </strong>
              {blocker.fix}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
  // When the answer is "not yet", what to fix is the answer: it comes before the reasons.
  const blockersFirst = assessment.recommendation.kind === 'not-yet';

  return (
    <>
      {blockersFirst && blockerSection}
      <section className="result-section" aria-labelledby={`${id}-why`}>
        <h2 id={`${id}-why`}>Why</h2>
        {reasons.length === 0 ? (
          <p>No single answer decided this; see the arithmetic below.</p>
        ) : (
          <div className="why-columns">
            {forReasons.length > 0 && (
              <div>
                <h3 id={`${id}-for`}>What points this way</h3>
                <ul className="reason-list" aria-labelledby={`${id}-for`}>
                  {forReasons.map((reason) => (
                    <li key={reason.ruleId} className="reason reason-for">
                      {reason.text}{' '}
                      <span className="tag">{DIMENSION_LABELS[reason.dimension]}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {againstReasons.length > 0 && (
              <div>
                <h3 id={`${id}-against`}>What weighs against it</h3>
                <ul className="reason-list" aria-labelledby={`${id}-against`}>
                  {againstReasons.map((reason) => (
                    <li key={reason.ruleId} className="reason reason-against">
                      {reason.text}{' '}
                      <span className="tag">{DIMENSION_LABELS[reason.dimension]}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
      </section>

      {!blockersFirst && blockerSection}

      {nextSteps.length > 0 && (
        <section className="result-section" aria-labelledby={`${id}-next`}>
          <h2 id={`${id}-next`}>Next steps</h2>
          <ol className="next-steps" aria-labelledby={`${id}-next`}>
            {nextSteps.map((step) => (
              <li key={step.id}>
                <span className="next-step-text">{step.text}</span>
                {step.detail && <p className="next-step-detail">{step.detail}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section className="result-section" aria-labelledby={`${id}-change`}>
        <h2 id={`${id}-change`}>What would change this</h2>
        {whatWouldChange.length === 0 ? (
          <p>No single change to one of your answers would change the recommendation.</p>
        ) : (
          <ul className="change-list" aria-labelledby={`${id}-change`}>
            {whatWouldChange.map((change) => (
              <li key={`${change.key}-${String(change.to)}`}>
                {change.text} <span className="change-effort">{change.effort}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="result-section" aria-labelledby={`${id}-margins`}>
        <h2 id={`${id}-margins`}>How firm the answer is</h2>
        <ul className="change-list" aria-labelledby={`${id}-margins`}>
          {margins.map((margin) => (
            <li key={margin.key}>{margin.text}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
