import './forms.css';

export interface ProgressStep {
  id: string;
  title: string;
  status: 'done' | 'current' | 'todo';
  /** A link when the step can be visited now. */
  href?: string;
}

const STATUS_TEXT = { done: 'completed', current: 'current step', todo: 'not started' } as const;

/**
 * A numbered list of steps with the current one marked `aria-current="step"`. On narrow screens it
 * shrinks to numbered markers (names stay available to screen readers).
 */
export function ProgressSteps({
  steps,
  label = 'Progress',
}: {
  steps: readonly ProgressStep[];
  label?: string;
}) {
  return (
    <nav className="progress" aria-label={label}>
      <ol className="progress-steps">
        {steps.map((step, index) => {
          const content = (
            <>
              <span className="progress-marker" aria-hidden="true">
                {step.status === 'done' ? '✓' : index + 1}
              </span>
              <span className="progress-title">{step.title}</span>{' '}
              <span className="visually-hidden">({STATUS_TEXT[step.status]})</span>
            </>
          );
          return (
            <li
              key={step.id}
              className={`progress-step progress-${step.status}`}
              aria-current={step.status === 'current' ? 'step' : undefined}
            >
              {step.href && step.status !== 'current' ? (
                <a className="progress-item" href={step.href}>
                  {content}
                </a>
              ) : (
                <span className="progress-item">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
