import { useId } from 'react';
import type { HiringPlan, ScenarioId } from '../../domain/plan';
import { moneyRounded, months, roleName } from './plan-format';
import { scenarioSentence, worstCaseSentence } from './plan-text';

const TITLES: Record<ScenarioId, string> = {
  expected: 'As planned',
  'slow-ramp': 'Slow ramp',
  leaves: 'Leaves early',
  'sells-nothing': 'Sells nothing',
};

const ORDER: ScenarioId[] = ['expected', 'slow-ramp', 'leaves', 'sells-nothing'];

/** The worst realistic case and whether the runway survives it, in plain words. */
export function RiskView({ plan }: { plan: HiringPlan }) {
  const id = useId();
  const c = plan.pay[0]?.currency ?? 'USD';
  const worst = plan.risk.scenarios[plan.risk.worst];
  const mis = plan.risk.misHire;
  // The checkpoint is the lead hire's seat (the AE's, when an SDR is hired beside it).
  const lead = plan.pay[0];
  const seatName = `the ${roleName(lead?.role ?? 'ae', lead?.profile)}`;
  return (
    <div role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>If it goes wrong</h3>
      <p
        className={`notice ${worst.survives ? 'notice-good' : worst.fundsUntilSelfFunding ? 'notice-warn' : 'notice-bad'} plan-verdict`}
      >
        <strong>
          {worst.survives
            ? 'Runway survives the worst case.'
            : worst.fundsUntilSelfFunding
              ? 'Runway lasts until the hire pays its own way, even in the worst case.'
              : 'Runway does not survive the worst case.'}
        </strong>{' '}
        {worstCaseSentence(plan)}
      </p>
      <dl className="plan-scenarios">
        {ORDER.map((sid) => (
          <div key={sid}>
            <dt>{TITLES[sid]}</dt>
            <dd>{scenarioSentence(plan, plan.risk.scenarios[sid])}</dd>
          </div>
        ))}
      </dl>
      {mis && (
        <p>
          <strong>Admitting a mis-hire.</strong> Decide at month {mis.checkpointOnJobMonth} on the
          job (plan month {mis.checkpointPlanMonth}): the ramp plus one sales cycle. By then{' '}
          {seatName} will have cost about {moneyRounded(mis.cashSpentLocal, c)} in pay, on-costs and
          fees, and a seat that does not work costs about {moneyRounded(mis.lostRevenueLocal, c)} in
          sales it should have brought (ramp plus two sales cycles of what this plan expects the
          seat to sell a month once ramped, {months(plan.rampMonths)} of ramp included).
        </p>
      )}
    </div>
  );
}
