import { DIMENSIONS, type Assessment, type Dimension } from '../../domain';
import type { Metrics } from './legacy-metrics';
import { DIMENSION_LABELS, formatNumber } from './format';

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

export function capacityData(metrics: Metrics): CapacityDatum[] {
  return [
    { id: 'now', label: 'You create', value: round1(metrics.oppsPerMonth) },
    {
      id: 'capacity',
      label: 'Closers can work',
      value: round1(metrics.closingCapacityPerMonth),
    },
    {
      id: 'needed',
      label: 'One new AE needs',
      value: metrics.oppsNeededPerAe === null ? null : round1(metrics.oppsNeededPerAe),
    },
  ];
}

export function describeCapacity(metrics: Metrics): string {
  const now = formatNumber(metrics.oppsPerMonth);
  const capacity = formatNumber(metrics.closingCapacityPerMonth);
  const first = `You create ${now} qualified ${plural(metrics.oppsPerMonth, 'opportunity', 'opportunities')} a month and your current closers can work about ${capacity}.`;
  const surplus = metrics.surplusOppsPerMonth;
  const left =
    surplus > 0
      ? ` That leaves about ${formatNumber(surplus)} a month nobody has time for.`
      : ' Nothing is left over for a new closer.';
  if (metrics.oppsNeededPerAe === null) {
    return `${first}${left} With a close rate of 0% the need of one new account executive cannot be worked out.`;
  }
  const need = ` One new account executive needs about ${formatNumber(metrics.oppsNeededPerAe)} a month to make quota`;
  const coverage =
    metrics.pipelineCoverage === null
      ? '.'
      : `, so the surplus would cover ${formatNumber(Math.round(metrics.pipelineCoverage * 100), 0)}% of it.`;
  return `${first}${left}${need}${coverage}`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
