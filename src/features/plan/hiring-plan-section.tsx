import { useId, useMemo } from 'react';
import type { Answers, Assessment, Assumptions } from '../../domain';
import { article } from '../../domain';
import {
  buildPlan,
  planInputFor,
  roleKit,
  roleKitId,
  cycleMonths,
  type PayPlan,
  type HiringPlan,
  type KitValues,
} from '../../domain/plan';
import { BurnInput } from './burn-input';
import { PayPlanView } from './pay-plan-view';
import {
  formatNumber,
  money,
  moneyRounded,
  months,
  opportunitiesAMonth,
  percent,
} from './plan-format';
import { PlanMonths } from './plan-months';
import { leadName, monthText, planSummary } from './plan-text';
import { RiskView } from './risk-view';
import { RoleKitView } from './role-kit-view';
import { SequenceView } from './sequence-view';
import { usePrintRequested } from '../../ui/use-print-requested';
import { useNearViewport } from '../../ui/use-near-viewport';
import './plan.css';

export interface HiringPlanSectionProps {
  assessment: Assessment;
  /** The answers in effect (with any what-if). */
  answers: Answers;
  /** The assumptions in effect (defaults merged with the changed ones). */
  assumptions: Assumptions;
  /** Present: the monthly burn can be entered in the plan (saved with the answers). */
  onMonthlyBurn?: (value: number) => void;
}

/** The plan for an assessment, or null when there is nothing to plan. Recomputed, never stored. */
export function usePlan(
  assessment: Assessment,
  answers: Answers,
  assumptions: Assumptions,
): HiringPlan | null {
  return useMemo(() => {
    const input = planInputFor(assessment, answers, assumptions);
    return input ? buildPlan(input) : null;
  }, [assessment, answers, assumptions]);
}

function kitValues(lead: PayPlan, answers: Answers, plan: HiringPlan): KitValues {
  const need = lead.role === 'sdr' ? lead.targetOppsPerMonth : plan.oppsNeededPerAe;
  // An AE the pipeline feeds short of quota is held to what it will get, with the quota's need beside.
  const worked = lead.role === 'ae' ? plan.oppsWorkedPerAe : null;
  const short =
    need !== null &&
    need !== undefined &&
    worked !== null &&
    worked >= 0.5 &&
    worked < need * 0.9 &&
    Math.round(worked) < Math.round(need);
  return {
    need:
      need === null || need === undefined
        ? 'the qualified opportunities the quota needs'
        : short
          ? `${opportunitiesAMonth(worked)} (a full quota needs about ${formatNumber(Math.round(need), 0)})`
          : opportunitiesAMonth(need),
    cycle: `${formatNumber(answers.salesCycleDays, 0)}-day`,
    // Days 61–90 are the first realistic signatures only where a cycle fits inside them.
    firstDeals:
      answers.salesCycleDays <= 75
        ? `First deals closed (${article(formatNumber(answers.salesCycleDays, 0))} ${formatNumber(answers.salesCycleDays, 0)}-day cycle makes this the earliest that is realistic).`
        : `A signature is not expected yet with ${article(formatNumber(answers.salesCycleDays, 0))} ${formatNumber(answers.salesCycleDays, 0)}-day cycle; deals moving stage to stage on the written process are.`,
    ramp: `${formatNumber(lead.rampMonths, 0)}-month`,
    monthlyQuota: lead.monthlyQuotaLocal
      ? money(lead.monthlyQuotaLocal, lead.currency)
      : 'the monthly target',
  };
}

function checkpointText(plan: HiringPlan): string {
  const mis = plan.risk.misHire;
  if (!mis) return '';
  const c = plan.pay[0]?.currency ?? 'USD';
  return `Decide by month ${mis.checkpointOnJobMonth} on the job (month ${mis.checkpointPlanMonth} of this plan): the end of the ramp plus one sales cycle. By then the seat has cost about ${moneyRounded(mis.cashSpentLocal, c)}; a seat that does not work costs about ${moneyRounded(mis.lostRevenueLocal, c)} in sales it should have brought.`;
}

/** For "not yet": what the plan is for, and the close rate it is figured at when not today's. */
function deferredNote(plan: HiringPlan): string {
  const at = plan.clearedCloseRate;
  const figured = at
    ? ` Its figures use a close rate of ${percent(at.pct)}, the least at which the answer becomes this hire, not today’s ${percent(at.todayPct)}.`
    : plan.paybackHeld
      ? ' Its figures are today’s, so they show what holds the answer back: the hire pays back too slowly.'
      : '';
  return `This is the plan for the hire that comes once the blockers the result lists are cleared; its month 1 is the month you then start the search.${figured}`;
}

/** For "hire after a fix": the fix runs alongside the search, as the result says. */
function fixWhileSearching(assessment: Assessment, plan: HiringPlan): string {
  const weeks = Math.max(0, ...assessment.blockers.map((b) => b.typicalWeeks ?? 0));
  const search = plan.pay[0]?.timeToHireMonths ?? 0;
  const fix = weeks > 0 ? ` (about ${formatNumber(weeks, 0)} weeks)` : '';
  return `Start the search now and make the fix the result asks for${fix} while it runs: search and notice take about ${months(search)}, so the fix should be done before ${leadName(plan)}’s first day.`;
}

/**
 * The hiring plan for the recommended hire: the answer to "what do we do on Monday". Takes data and
 * callbacks only, so the results page, the shared result and a print all show the same plan.
 */
export function HiringPlanSection(props: HiringPlanSectionProps) {
  // The plan sits far below the answer, so it is worked out and rendered only when the reader
  // comes near or prints: the shared result's first paint and blocking time do not pay for it.
  const [ref, near] = useNearViewport<HTMLDivElement>('800px');
  const printing = usePrintRequested();
  return (
    <div ref={ref} className="hiring-plan-slot">
      {near || printing ? <PlanSection {...props} /> : <PlanPlaceholder />}
    </div>
  );
}

function PlanPlaceholder() {
  const id = useId();
  return (
    <section
      className="result-section hiring-plan"
      aria-labelledby={`${id}-title`}
      id="hiring-plan"
    >
      <h2 id={`${id}-title`}>Your hiring plan</h2>
      <p>Working out the plan…</p>
    </section>
  );
}

function PlanSection({ assessment, answers, assumptions, onMonthlyBurn }: HiringPlanSectionProps) {
  const id = useId();
  const plan = usePlan(assessment, answers, assumptions);

  if (!plan) {
    return (
      <section
        className="result-section hiring-plan"
        aria-labelledby={`${id}-title`}
        id="hiring-plan"
      >
        <h2 id={`${id}-title`}>Your hiring plan</h2>
        <p>
          {assessment.blockers.length > 0
            ? 'There is no hire to plan yet: the blockers the result lists come first. Once they are cleared, the plan shows when to post the role, what to pay, and when the hire pays for itself.'
            : 'There is no hire to plan yet: the result finds no seat a new hire would fill. When it does, the plan shows when to post the role, what to pay, and when the hire pays for itself.'}
        </p>
      </section>
    );
  }

  const lead = plan.pay[0];
  const currency = lead?.currency ?? answers.currency;
  // One kit per hire in the plan ('both': the AE's, then the SDR's).
  const kits = plan.pay.map((pay, i) => ({
    kit: roleKit(roleKitId(pay.role, pay.profile), kitValues(pay, answers, plan)),
    checkpoint:
      i === 0
        ? checkpointText(plan)
        : `Decide by month ${pay.rampMonths + cycleMonths(answers.salesCycleDays)} on the job: the end of the ramp plus one sales cycle.`,
  }));
  const be = plan.expected.breakEvenMonth;
  const start = plan.expected.startMonth;

  return (
    <section
      className="result-section hiring-plan"
      aria-labelledby={`${id}-title`}
      id="hiring-plan"
    >
      <h2 id={`${id}-title`}>Your hiring plan</h2>
      {plan.deferred ? (
        <p className="notice notice-warn">{deferredNote(plan)}</p>
      ) : (
        assessment.recommendation.status === 'hire-after' && (
          <p className="notice notice-warn">{fixWhileSearching(assessment, plan)}</p>
        )
      )}
      <p className="plan-summary">{planSummary(plan)}</p>
      <dl className="plan-facts">
        <div>
          <dt>Search and notice</dt>
          <dd>
            {start === null || start <= 1
              ? 'none'
              : start === 2
                ? 'month 1'
                : `months 1–${start - 1}`}
          </dd>
        </div>
        <div>
          <dt>First day</dt>
          <dd>{monthText(start)}</dd>
        </div>
        <div>
          <dt>Full speed</dt>
          <dd>{monthText(plan.expected.fullSpeedMonth, 'after month 24')}</dd>
        </div>
        <div>
          <dt>Pays for itself</dt>
          <dd data-testid="plan-break-even">{monthText(be, 'never')}</dd>
        </div>
        <div>
          <dt>Runway</dt>
          <dd>
            {plan.survives
              ? 'lasts until the hire pays back'
              : // The engine's runway check asks for search, ramp and payback on the hire's monthly
                // gross profit: the month it pays its own way. Paying back everything the seat has
                // cost since the search started takes longer; say both rather than contradict it.
                plan.fundsUntilSelfFunding
                ? `lasts until ${plan.kind === 'both' ? 'the hires pay their' : 'the hire pays its'} own way (${monthText(plan.selfFundingMonth)}), not until ${plan.kind === 'both' ? 'they have' : 'it has'} paid back (${monthText(be)})`
                : `ends before ${plan.kind === 'both' ? 'the hires pay their' : 'the hire pays its'} own way`}
            {plan.expected.cashLastsThroughMonth !== null && plan.expected.runsOut
              ? ` (cash through month ${plan.expected.cashLastsThroughMonth})`
              : ''}
          </dd>
        </div>
      </dl>

      {plan.monthlyBurnLocal === null && (
        <div className="notice plan-burn-notice no-print">
          <p>
            To see the month your money runs out if {leadName(plan)}{' '}
            {plan.kind === 'both' ? 'sell' : 'sells'} nothing, the plan needs your monthly net burn.
            {onMonthlyBurn ? ' Enter it here; it is saved with your answers.' : ''}
          </p>
          {onMonthlyBurn && <BurnInput currency={currency} onSave={onMonthlyBurn} />}
        </div>
      )}

      <PlanMonths plan={plan} />
      {plan.pay.map((pay) => (
        <PayPlanView key={pay.role} pay={pay} />
      ))}
      <SequenceView plan={plan} />
      <RiskView plan={plan} />
      {kits.map(({ kit, checkpoint }) => (
        <RoleKitView key={kit.id} kit={kit} checkpoint={checkpoint} />
      ))}
    </section>
  );
}
