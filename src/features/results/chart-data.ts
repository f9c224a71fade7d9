import {
  DIMENSIONS,
  formatNumber,
  leadsWaitFeedNewAe,
  plural,
  type Assessment,
  type Dimension,
} from '../../domain';
import { DIMENSION_LABELS } from './format';

type Capacity = Assessment['model']['capacity'];

/*
 * The numbers behind the two charts, shared by the SVG charts (lazy chunk) and their data tables
 * and captions (results chunk), so the picture and its accessible alternative cannot disagree.
 */

export interface ScoreDatum {
  dimension: Dimension;
  label: string;
  score: number;
}

export function scoreData(scores: Assessment['scores']): ScoreDatum[] {
  return DIMENSIONS.map((dimension) => ({
    dimension,
    label: DIMENSION_LABELS[dimension],
    score: scores[dimension],
  }));
}

export function describeScores(data: ScoreDatum[], overall: number): string {
  const sorted = data.toSorted((a, b) => b.score - a.score);
  const strongest = sorted[0];
  const weakest = sorted.at(-1);
  if (!strongest || !weakest) return `Overall readiness: ${overall} out of 100.`;
  if (strongest.score === weakest.score) {
    return `Every dimension scores ${strongest.score} out of 100; overall readiness is ${overall}.`;
  }
  return `Overall readiness is ${overall} out of 100. Strongest: ${strongest.label.toLowerCase()} (${strongest.score}). Weakest: ${weakest.label.toLowerCase()} (${weakest.score}).`;
}

export type CapacityId = 'now' | 'capacity' | 'needed';

export interface CapacityDatum {
  id: CapacityId;
  label: string;
  /** Qualified opportunities a month; `null` when it cannot be worked out (close rate of 0). */
  value: number | null;
}

export function capacityData(capacity: Capacity): CapacityDatum[] {
  return [
    { id: 'now', label: 'You create', value: round1(capacity.oppsPerMonth) },
    { id: 'capacity', label: 'Closers can work', value: round1(capacity.closerCapacityOpps) },
    {
      id: 'needed',
      label: 'One new AE needs',
      value: capacity.oppsNeededPerAe === null ? null : round1(capacity.oppsNeededPerAe),
    },
  ];
}

/**
 * The capacity chart in words: the same figures as the bars and the arithmetic, to one decimal.
 * A first account executive takes over the founders' opportunities, so for them the surplus is not
 * what decides (the engine counts it the same way: src/domain/model).
 */
export function describeCapacity(model: Assessment['model'], aes: number): string {
  const { capacity: metrics } = model;
  const capacity = formatNumber(metrics.closerCapacityOpps);
  const first = `You create ${plural(metrics.oppsPerMonth, 'qualified opportunity', 'qualified opportunities')} a month and your current closers can work about ${capacity}.`;
  const surplus = metrics.surplusOpps;
  const left =
    surplus > 0
      ? ` That leaves about ${formatNumber(surplus)} a month nobody has time for.`
      : ' Nothing is left over beyond what they can work.';
  if (metrics.oppsNeededPerAe === null) {
    // Capacity is counted from quota, so a 0% close rate leaves it, the surplus and the need unknown.
    return `You create ${plural(metrics.oppsPerMonth, 'qualified opportunity', 'qualified opportunities')} a month. With a close rate of 0%, how many your closers can work and how many one new account executive needs cannot be worked out: both are counted from the deals it takes to make quota.`;
  }
  const need = ` One new account executive needs about ${formatNumber(metrics.oppsNeededPerAe)} a month to make quota`;
  if (aes === 0)
    return `${first}${left}${need}; as your first, they would take over the founders’ opportunities: about ${formatNumber(model.economics.ae.oppsPerMonth)} a month.`;
  const coverage =
    metrics.pipelineCoverage === null
      ? '.'
      : `, so the surplus would cover ${formatNumber(metrics.pipelineCoverage * 100, 0)}% of it.`;
  // Where leads are said to wait, the engine gives a new AE more than the surplus (model/index.ts):
  // say so, or this sentence disagrees with the reasons' count.
  const trusted = leadsWaitFeedNewAe(model)
    ? ` As you said leads wait, we take your word over this arithmetic and count about ${formatNumber(model.economics.ae.oppsPerMonth)} a month as the new account executive’s.`
    : '';
  return `${first}${left}${need}${coverage}${trusted}`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
