import type { Answers, AssumptionKey, Assumptions } from '../../domain';
import type { MetricKey, Metrics } from './legacy-metrics';
import { formatMoney, formatMonths, formatNumber, formatUsd } from './format';

/*
 * How each metric is worked out, in words, for "The arithmetic" section. The words describe the
 * engine's formulas (src/domain/engine.ts); `worked` repeats the sum with this company's numbers so
 * a founder can check it on a calculator.
 */

/** Average days in a month (365 / 12), as the engine counts them: a calendar fact. */
const DAYS_PER_MONTH = 365 / 12;

export interface MetricExplanation {
  key: MetricKey;
  label: string;
  value: (metrics: Metrics) => string;
  /** The formula in words. */
  formula: string;
  /** The same formula with the numbers filled in, when that is short enough to read. */
  worked?: (context: ArithmeticContext) => string;
  /** The assumptions the formula reads (for some, depending on the answers). */
  assumptions: AssumptionKey[] | ((answers: Answers) => AssumptionKey[]);
}

export interface ArithmeticContext {
  answers: Answers;
  assumptions: Assumptions;
  metrics: Metrics;
}

export const METRIC_EXPLANATIONS: MetricExplanation[] = [
  {
    key: 'acvUsd',
    label: 'Average first-year deal in US dollars',
    value: (m) => formatUsd(m.acvUsd),
    formula:
      'Your average first-year contract value, converted to US dollars at the exchange rate below.',
    worked: ({ answers, assumptions, metrics }) =>
      answers.currency === 'USD'
        ? `${formatUsd(answers.acv)} (already in dollars)`
        : `${formatMoney(answers.acv, answers.currency)} × ${formatNumber(answers.currency === 'EUR' ? assumptions.usdPerEur : assumptions.usdPerGbp, 4)} = ${formatUsd(metrics.acvUsd)}`,
    assumptions: (answers) =>
      answers.currency === 'EUR' ? ['usdPerEur'] : answers.currency === 'GBP' ? ['usdPerGbp'] : [],
  },
  {
    key: 'aeQuotaUsd',
    label: 'Yearly quota for one account executive',
    value: (m) => formatUsd(m.aeQuotaUsd),
    formula: 'Account executive on-target earnings × quota multiple.',
    worked: ({ assumptions, metrics }) =>
      `${formatUsd(assumptions.aeOteUsd)} × ${formatNumber(assumptions.quotaMultiple, 2)} = ${formatUsd(metrics.aeQuotaUsd)}`,
    assumptions: ['aeOteUsd', 'quotaMultiple'],
  },
  {
    key: 'oppsNeededPerAe',
    label: 'Qualified opportunities one account executive needs a month',
    value: (m) =>
      m.oppsNeededPerAe === null ? 'Cannot be worked out' : formatNumber(m.oppsNeededPerAe),
    formula:
      'Yearly quota ÷ 12 months ÷ (deal size × close rate): how many chances a month it takes to win a twelfth of the quota.',
    worked: ({ answers, metrics }) =>
      metrics.oppsNeededPerAe === null
        ? 'With a close rate of 0% no number of opportunities makes quota.'
        : `${formatUsd(metrics.aeQuotaUsd)} ÷ 12 ÷ (${formatUsd(metrics.acvUsd)} × ${formatNumber(answers.closeRatePct)}%) = ${formatNumber(metrics.oppsNeededPerAe)}`,
    assumptions: ['aeOteUsd', 'quotaMultiple'],
  },
  {
    key: 'closingCapacityPerMonth',
    label: 'New opportunities a month your current closers can work',
    value: (m) => formatNumber(m.closingCapacityPerMonth),
    formula:
      'Closers you have × what one closer can take on a month. Closers are your account executives plus the founders’ sustainable selling time as a share of a closer’s week (a founder’s week × the saturation share; hours above that are what a hire should take over). One closer takes on the deals they can run at once × the days in a month ÷ your sales cycle in days.',
    worked: ({ answers, assumptions, metrics }) => {
      const founderHours =
        metrics.founderCapacityHours ??
        (assumptions.founderWeekHours * assumptions.founderSalesSharePct) / 100;
      return `(${formatNumber(answers.aes)} + ${formatNumber(founderHours)} ÷ ${formatNumber(assumptions.closerHoursPerWeek)}) × (${formatNumber(assumptions.aeActiveDeals)} × ${formatNumber(DAYS_PER_MONTH)} ÷ ${formatNumber(answers.salesCycleDays)}) = ${formatNumber(metrics.closingCapacityPerMonth)}`;
    },
    assumptions: [
      'aeActiveDeals',
      'closerHoursPerWeek',
      'founderWeekHours',
      'founderSalesSharePct',
    ],
  },
  {
    key: 'surplusOppsPerMonth',
    label: 'Opportunities a month nobody has time for',
    value: (m) => formatNumber(m.surplusOppsPerMonth),
    formula: 'Qualified opportunities a month − what current closers can work (never below 0).',
    worked: ({ metrics }) =>
      `${formatNumber(metrics.oppsPerMonth)} − ${formatNumber(metrics.closingCapacityPerMonth)} → ${formatNumber(metrics.surplusOppsPerMonth)}`,
    assumptions: [],
  },
  {
    key: 'pipelineCoverage',
    label: 'Pipeline coverage for a new account executive',
    value: (m) =>
      m.pipelineCoverage === null
        ? 'Cannot be worked out'
        : `${formatNumber(m.pipelineCoverage * 100, 0)}%`,
    formula:
      'Opportunities nobody has time for ÷ what one new account executive needs. 100% means a new closer would be fully fed from day one.',
    worked: ({ metrics }) =>
      metrics.pipelineCoverage === null || metrics.oppsNeededPerAe === null
        ? 'Needs a close rate above 0%.'
        : `${formatNumber(metrics.surplusOppsPerMonth)} ÷ ${formatNumber(metrics.oppsNeededPerAe)} = ${formatNumber(metrics.pipelineCoverage * 100, 0)}%`,
    assumptions: ['aeOteUsd', 'quotaMultiple', 'aeActiveDeals', 'closerHoursPerWeek'],
  },
  {
    key: 'aeLoadedCostUsd',
    label: 'Fully-loaded yearly cost of one account executive',
    value: (m) => formatUsd(m.aeLoadedCostUsd),
    formula: 'On-target earnings × fully-loaded cost multiplier.',
    worked: ({ assumptions, metrics }) =>
      `${formatUsd(assumptions.aeOteUsd)} × ${formatNumber(assumptions.loadedCostMultiplier, 2)} = ${formatUsd(metrics.aeLoadedCostUsd)}`,
    assumptions: ['aeOteUsd', 'loadedCostMultiplier'],
  },
  {
    key: 'sdrLoadedCostUsd',
    label: 'Fully-loaded yearly cost of one SDR',
    value: (m) => formatUsd(m.sdrLoadedCostUsd),
    formula: 'On-target earnings × fully-loaded cost multiplier.',
    worked: ({ assumptions, metrics }) =>
      `${formatUsd(assumptions.sdrOteUsd)} × ${formatNumber(assumptions.loadedCostMultiplier, 2)} = ${formatUsd(metrics.sdrLoadedCostUsd)}`,
    assumptions: ['sdrOteUsd', 'loadedCostMultiplier'],
  },
  {
    key: 'aePaybackMonths',
    label: 'Account executive payback',
    value: (m) => formatMonths(m.aePaybackMonths),
    formula:
      'Months from the start date until what a new account executive has sold adds up to what they have cost (fully loaded). They sell from the opportunities nobody has time for, at most a twelfth of quota a month, and reach full speed in a straight line over the ramp (at least one sales cycle). Past the longest payback worth counting it counts as never.',
    assumptions: [
      'aeOteUsd',
      'loadedCostMultiplier',
      'quotaMultiple',
      'aeRampMonths',
      'paybackHorizonMonths',
    ],
  },
  {
    key: 'sdrOppsPerMonth',
    label: 'Opportunities one SDR adds a month',
    value: (m) => formatNumber(m.sdrOppsPerMonth),
    formula:
      'Qualified meetings an SDR books a month × share of meetings that become opportunities.',
    worked: ({ assumptions, metrics }) =>
      `${formatNumber(assumptions.sdrMeetingsPerMonth)} × ${formatNumber(assumptions.meetingToOppPct)}% = ${formatNumber(metrics.sdrOppsPerMonth)}`,
    assumptions: ['sdrMeetingsPerMonth', 'meetingToOppPct'],
  },
  {
    key: 'sdrPaybackMonths',
    label: 'SDR payback',
    value: (m) => formatMonths(m.sdrPaybackMonths),
    formula:
      'Months from the start date until the deals from the SDR’s opportunities (opportunities × close rate × deal size, signed one sales cycle after the meeting) add up to what the SDR has cost (fully loaded), ramping up in a straight line.',
    assumptions: [
      'sdrOteUsd',
      'loadedCostMultiplier',
      'sdrMeetingsPerMonth',
      'meetingToOppPct',
      'sdrRampMonths',
      'paybackHorizonMonths',
    ],
  },
  {
    key: 'founderSalesSharePct',
    label: 'Share of the founders’ week spent selling',
    value: (m) => `${formatNumber(m.founderSalesSharePct, 0)}%`,
    formula: 'Founder selling hours a week ÷ a founder’s working week.',
    worked: ({ answers, assumptions, metrics }) =>
      `${formatNumber(answers.founderSalesHours)} ÷ ${formatNumber(assumptions.founderWeekHours)} = ${formatNumber(metrics.founderSalesSharePct, 0)}%`,
    assumptions: ['founderWeekHours'],
  },
  {
    key: 'runwayNeededMonths',
    label: 'Runway a new account executive needs',
    value: (m) => formatMonths(m.runwayNeededMonths),
    formula:
      'Ramp (the ramp assumption, or one sales cycle if that is longer) + payback months: how long the money must last before the hire pays for itself.',
    worked: ({ metrics }) =>
      metrics.runwayNeededMonths === null || metrics.aePaybackMonths === null
        ? 'The hire does not pay back within the longest payback worth counting.'
        : `${formatNumber(metrics.aeEffectiveRampMonths ?? metrics.runwayNeededMonths - metrics.aePaybackMonths)} + ${formatNumber(metrics.aePaybackMonths)} = ${formatNumber(metrics.runwayNeededMonths)} months`,
    assumptions: ['aeRampMonths', 'paybackHorizonMonths'],
  },
];

/** The assumptions one explanation used, for these answers. */
export function assumptionsFor(metric: MetricExplanation, answers: Answers): AssumptionKey[] {
  return typeof metric.assumptions === 'function'
    ? metric.assumptions(answers)
    : metric.assumptions;
}
