import type { Answers, Assessment, Assumptions } from '../../domain';
import { money } from './plan-format';
import { monthText } from './plan-text';
import { usePlan } from './hiring-plan-section';

/** A compact plan for the compare view: start, break-even, runway survival and cost. */
export function PlanSummary({
  assessment,
  answers,
  assumptions,
}: {
  assessment: Assessment;
  answers: Answers;
  assumptions: Assumptions;
}) {
  const plan = usePlan(assessment, answers, assumptions);
  if (!plan) return <p>No hiring plan: nothing to hire yet.</p>;
  const c = plan.pay[0]?.currency ?? answers.currency;
  const last = plan.months.at(-1);
  return (
    <dl className="plan-facts plan-facts-compact">
      <div>
        <dt>First day</dt>
        <dd>{monthText(plan.expected.startMonth)}</dd>
      </div>
      <div>
        <dt>Pays for itself</dt>
        <dd>{monthText(plan.expected.breakEvenMonth, 'never')}</dd>
      </div>
      <div>
        <dt>Runway</dt>
        <dd>
          {plan.survives
            ? 'lasts until it pays back'
            : plan.fundsUntilSelfFunding
              ? 'lasts until it pays its own way, not until it has paid back'
              : 'ends before it pays its own way'}
        </dd>
      </div>
      <div>
        <dt>Cost over 24 months</dt>
        <dd>{money(last?.cumCostLocal ?? 0, c)}</dd>
      </div>
    </dl>
  );
}
