import { formatAnswer, questionsForStep, STEPS } from '../../domain';
import { useActiveAssessment, useWorkspaceStore } from '../../store';
import { hrefFor, navigate } from '../../ui/router';
import { useDocumentTitle } from '../../ui/use-document-title';
import { assessPath } from './paths';

/**
 * Check your answers: every answer grouped by step in a GOV.UK summary list, each with a Change
 * link that opens its step on that question and returns here after Continue.
 */
export function CheckAnswers() {
  const { answers } = useActiveAssessment();
  const setStep = useWorkspaceStore((s) => s.setStep);
  useDocumentTitle('Check your answers – Hire Ready');

  return (
    <>
      <h1 id="wizard-heading" className="wizard-heading" tabIndex={-1}>
        Check your answers
      </h1>
      <p className="step-intro">
        Make sure these are right. You can change any answer before you see your result.
      </p>
      {STEPS.map((step) => (
        <section key={step.id} className="summary-section" aria-labelledby={`summary-${step.id}`}>
          <h2 id={`summary-${step.id}`} className="summary-heading">
            {step.title}
          </h2>
          <dl className="summary-list">
            {questionsForStep(step.id).map((question) => (
              <div className="summary-row" key={question.id}>
                <dt className="summary-key">{question.shortLabel}</dt>
                <dd className="summary-value">{formatAnswer(question.id, answers)}</dd>
                <dd className="summary-actions">
                  <a href={hrefFor(assessPath(step.id, { fromCheck: true, field: question.id }))}>
                    Change <span className="visually-hidden">{question.shortLabel}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setStep('results');
            navigate({ name: 'results' });
          }}
        >
          See your result
        </button>
      </div>
    </>
  );
}
