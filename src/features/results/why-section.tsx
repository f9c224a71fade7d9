import { useId } from 'react';
import { noSingleChangeText, type Assessment } from '../../domain';
import { Icon } from '../../ui/icons';
import { DIMENSION_LABELS } from './format';

/**
 * The reasons in full: what stops a hire (first, under "not yet"), the reasons each way, the next
 * steps and what would change the answer. A reason's stance is for or against the answer given:
 * under "not yet", 'for' reasons say why to wait and 'against' ones are what already favours a
 * hire, shown as "already in your favour" in neutral colours (green "points this way" under a
 * "Not yet" would read as a contradiction).
 */
export function WhySection({ assessment }: { assessment: Assessment }) {
  const id = useId();
  const { reasons, blockers, nextSteps, levers, margins, recommendation } = assessment;
  const notYet = recommendation.status === 'not-yet';
  const forReasons = reasons.filter((reason) => reason.stance === 'for');
  const againstReasons = reasons.filter((reason) => reason.stance === 'against');

  const blockerList = blockers.length > 0 && (
    <div className="why-block">
      <h3 id={`${id}-blockers`}>{notYet ? 'Fix these first' : 'Fix these alongside the hire'}</h3>
      <ul className="blocker-list" aria-labelledby={`${id}-blockers`}>
        {blockers.map((blocker) => (
          <li key={blocker.id} className="blocker">
            <h4 className="blocker-title">{blocker.title}</h4>
            <p>
              <span className="inline-label">Why it matters: </span>
              {blocker.why}
            </p>
            <p>
              <span className="inline-label">How to fix it: </span>
              {blocker.fix}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );

  return (
    <div className="why">
      <p className="why-summary">{recommendation.summary}</p>
      {notYet && blockerList}
      {reasons.length === 0 ? (
        <p>No single answer decided this; see the arithmetic below.</p>
      ) : (
        <div className="why-columns">
          {forReasons.length > 0 && (
            <div className="why-block">
              <h3 id={`${id}-for`}>{notYet ? 'Why not yet' : 'What points this way'}</h3>
              <ul className="reason-list" aria-labelledby={`${id}-for`}>
                {forReasons.map((reason) => (
                  <li
                    key={reason.ruleId}
                    className={notYet ? 'reason reason-against' : 'reason reason-for'}
                  >
                    <Icon name={notYet ? 'alert' : 'check'} size={18} />
                    <span>
                      {reason.text}{' '}
                      <span className="tag">{DIMENSION_LABELS[reason.dimension]}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {againstReasons.length > 0 && (
            <div className="why-block">
              <h3 id={`${id}-against`}>
                {notYet ? 'Already in your favour' : 'What weighs against it'}
              </h3>
              <ul className="reason-list" aria-labelledby={`${id}-against`}>
                {againstReasons.map((reason) => (
                  <li
                    key={reason.ruleId}
                    className={notYet ? 'reason reason-neutral' : 'reason reason-against'}
                  >
                    <Icon name={notYet ? 'check' : 'alert'} size={18} />
                    <span>
                      {reason.text}{' '}
                      <span className="tag">{DIMENSION_LABELS[reason.dimension]}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {!notYet && blockerList}

      {nextSteps.length > 0 && (
        <div className="why-block">
          <h3 id={`${id}-next`}>Next steps</h3>
          <ol className="next-steps" aria-labelledby={`${id}-next`}>
            {nextSteps.map((step) => (
              <li key={step.id}>
                <span className="next-step-text">{step.text}</span>
                {step.detail && <p className="next-step-detail">{step.detail}</p>}
              </li>
            ))}
          </ol>
        </div>
      )}

      <div className="why-block">
        <h3 id={`${id}-change`}>What would change this</h3>
        {levers.length === 0 ? (
          <p>{noSingleChangeText(assessment)}</p>
        ) : (
          <ul className="change-list" aria-labelledby={`${id}-change`}>
            {levers.map((lever) => (
              <li key={`${lever.key}-${String(lever.to)}`}>
                {lever.text}
                {lever.effort && <span className="lever-effort"> {lever.effort}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {margins.length > 0 && (
        <div className="why-block">
          <h3 id={`${id}-margins`}>How firm the answer is</h3>
          <ul className="change-list margin-list" aria-labelledby={`${id}-margins`}>
            {margins.map((margin) => (
              <li key={margin.key}>{margin.text}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
