import type { AeProfile, Assessment, Confidence, RecommendationKind } from '../../domain';

/*
 * What the verdict card shows, read from an Assessment in one place. The card takes this plain
 * object, so it can be tested with hand-built values, and the engine's shape can move (v1 → v2)
 * without touching the card.
 */

export type HireStatusView = 'hire-now' | 'hire-after' | 'not-yet';
export type ReadinessBand = 'not-ready' | 'nearly' | 'ready';

export interface VerdictPoint {
  text: string;
  /** 'for': a reason the answer is what it is; 'against': what stops or delays a hire. */
  stance: 'for' | 'against';
}

export interface Verdict {
  status: HireStatusView;
  /** The status in two or three words: "Hire now", "Hire after one fix", "Not yet". */
  statusLabel: string;
  headline: string;
  /** The role and profile in words ("Mid-market Account Executive"); null for "not yet" with no clear next hire. */
  role: string | null;
  /** With "not yet": the hire that follows once the gates are cleared. */
  nextRole: string | null;
  summary: string;
  readiness: { score: number; band: ReadinessBand; meaning: string };
  confidence: { level: Confidence; reason: string };
  /** The three points that matter most, in order. Never "for" points under a "not yet". */
  points: VerdictPoint[];
}

export const STATUS_LABELS: Record<HireStatusView, string> = {
  'hire-now': 'Hire now',
  'hire-after': 'Hire after a fix',
  'not-yet': 'Not yet',
};

const PROFILE_WORDS: Record<AeProfile, string> = {
  transactional: 'Transactional',
  'mid-market': 'Mid-market',
  enterprise: 'Enterprise',
};

export function roleWords(kind: RecommendationKind, profile?: AeProfile): string | null {
  const ae = `${profile ? `${PROFILE_WORDS[profile]} ` : ''}Account Executive`;
  switch (kind) {
    case 'ae':
      return ae;
    case 'sdr':
      return 'Sales Development Rep (SDR)';
    case 'both':
      return `${ae} and an SDR`;
    case 'not-yet':
      return null;
  }
}

export function readinessBand(score: number): ReadinessBand {
  return score >= 65 ? 'ready' : score >= 40 ? 'nearly' : 'not-ready';
}

const BAND_WORDS: Record<ReadinessBand, string> = {
  ready: 'ready on most counts',
  nearly: 'nearly ready',
  'not-ready': 'not ready yet',
};

/** Builds the card's data from an assessment. */
export function verdictOf(assessment: Assessment): Verdict {
  const { recommendation, scores, reasons, blockers, whatWouldChange } = assessment;
  const notYet = recommendation.kind === 'not-yet';
  // v1 engine: no status field; a hire with blockers to clear alongside it is "hire after".
  const status: HireStatusView = notYet
    ? 'not-yet'
    : blockers.length > 0
      ? 'hire-after'
      : 'hire-now';
  const band = readinessBand(scores.overall);
  const weakest = (Object.entries(scores) as [string, number][])
    .filter(([key]) => key !== 'overall')
    .toSorted((a, b) => a[1] - b[1])[0];
  const meaning = `${scores.overall} of 100 means ${BAND_WORDS[band]} for a first sales hire${
    weakest
      ? `; the weakest area is ${DIMENSION_WORDS[weakest[0]] ?? weakest[0]} (${weakest[1]})`
      : ''
  }.`;
  const lever = whatWouldChange[0];
  const reason =
    lever === undefined
      ? 'No single change to one of your answers would change this answer.'
      : `It would change ${lever.text.charAt(0).toLowerCase()}${lever.text.slice(1)}`;

  const against: VerdictPoint[] = [
    ...blockers.map((blocker) => ({
      text: `${blocker.title}. ${blocker.why}`,
      stance: 'against' as const,
    })),
    ...reasons
      .filter((r) => r.stance === 'against')
      .map((r) => ({ text: r.text, stance: 'against' as const })),
  ];
  const forPoints = reasons
    .filter((r) => r.stance === 'for')
    .map((r) => ({ text: r.text, stance: 'for' as const }));
  const points = (notYet ? against : [...forPoints, ...against]).slice(0, 3);

  return {
    status,
    statusLabel: STATUS_LABELS[status],
    headline: recommendation.headline,
    role: roleWords(recommendation.kind, recommendation.aeProfile),
    nextRole: null,
    summary: recommendation.summary,
    readiness: { score: scores.overall, band, meaning },
    confidence: { level: recommendation.confidence, reason },
    points,
  };
}

const DIMENSION_WORDS: Record<string, string> = {
  leadFlow: 'lead flow',
  process: 'sales process',
  economics: 'deal economics',
  capacity: 'closing capacity',
  budget: 'budget and runway',
};
