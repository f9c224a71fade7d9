import { useId } from 'react';
import type { HiringPlan } from '../../domain/plan';
import { figureLabel } from './plan-format';
import { stepTitle, triggerSentence } from './plan-text';

/** Who comes next, what tells you it is time, and when that is expected in this plan. */
export function SequenceView({ plan }: { plan: HiringPlan }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Who comes next</h3>
      <p className="section-intro">
        Watch for the trigger, not the date: the month is when this plan expects the trigger to
        hold.
      </p>
      <ol className="plan-sequence">
        {plan.sequence.map((step) => (
          <li key={step.id}>
            <p className="plan-sequence-title">{stepTitle(step)}</p>
            <p>
              <strong>Trigger:</strong> {triggerSentence(step)}
            </p>
            <p className="plan-from">Reads: {step.keys.map(figureLabel).join('; ')}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
