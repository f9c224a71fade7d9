import type { HiringPlan } from '../../domain/plan';
import { money } from './plan-format';
import { leadName, monthText } from './plan-text';

/*
 * The numbers behind the plan chart, shared by the SVG (lazy chunk) and its caption and table, so
 * the picture and its accessible version cannot disagree.
 */

export interface PlanChartDatum {
  month: number;
  cost: number;
  grossProfit: number;
}

export interface PlanChartMarks {
  /** Months shaded as ramp (first and last), or null when nobody ramps within the plan. */
  ramp: { from: number; to: number } | null;
  /** The month today's runway ends, when it falls inside the plan. */
  runwayEnds: number | null;
  breakEven: number | null;
}

export function planChartData(plan: HiringPlan): PlanChartDatum[] {
  return plan.months.map((m) => ({
    month: m.month,
    cost: Math.round(m.cumCostLocal),
    grossProfit: Math.round(m.cumGrossProfitLocal),
  }));
}

export function planChartMarks(plan: HiringPlan): PlanChartMarks {
  const start = plan.expected.startMonth;
  const full = plan.expected.fullSpeedMonth ?? plan.horizonMonths + 1;
  const be = plan.expected.breakEvenMonth;
  return {
    ramp:
      start === null || start > plan.horizonMonths || full <= start
        ? null
        : { from: start, to: Math.min(full - 1, plan.horizonMonths) },
    runwayEnds: plan.runwayMonths <= plan.horizonMonths ? plan.runwayMonths : null,
    breakEven: be !== null && be <= plan.horizonMonths ? be : null,
  };
}

/** The chart's caption: what the lines show and where they cross. */
export function describePlanChart(plan: HiringPlan): string {
  const c = plan.pay[0]?.currency ?? 'USD';
  const last = plan.months.at(-1);
  const be = plan.expected.breakEvenMonth;
  const cross =
    be === null
      ? 'The gross-profit line never catches up with the cost line.'
      : be <= plan.horizonMonths
        ? `The lines cross in ${monthText(be)}: from then on ${leadName(plan)} has paid for ${plan.kind === 'both' ? 'themselves' : 'itself'}.`
        : `The lines cross after the chart ends, in ${monthText(be)}.`;
  const runway =
    plan.runwayMonths <= plan.horizonMonths
      ? ` Your runway today ends in month ${Math.floor(plan.runwayMonths)} (dashed line).`
      : '';
  return `Cumulative cost against cumulative gross profit over 24 months; the shaded months are the ramp. ${cross} By month ${plan.horizonMonths}: cost ${money(last?.cumCostLocal ?? 0, c)}, gross profit ${money(last?.cumGrossProfitLocal ?? 0, c)}.${runway}`;
}
