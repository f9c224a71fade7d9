import type {
  AeProfile,
  Assessment,
  Confidence,
  HireStatus,
  RecommendationKind,
} from '../../domain';

/*
 * What the verdict card shows, read from an Assessment in one place. The card takes this plain
 * object, so it can be tested with hand-built values and the engine's shape can move without
 * touching the card.
 */

export type HireStatusView = HireStatus;
export type ReadinessBand = Assessment['readiness']['band'];

export interface VerdictPoint {
  text: string;
  /** 'for': a reason the answer is what it is; 'against': what stops or delays a hire. */
  stance: 'for' | 'against';
}

export interface Verdict {
  status: HireStatusView;
  /** The status in two or three words: "Hire now", "Hire after a fix", "Not yet". */
  statusLabel: string;
  headline: string;
  /** The role and profile in words ("Mid-market Account Executive"); null with "not yet". */
  role: string | null;
  /** With "not yet": the hire that follows once the gates are cleared. */
  nextRole: string | null;
  /** When the profile sits near a boundary: one sentence on the neighbouring profile. */
  profileNote: string | null;
  summary: string;
  readiness: { score: number; band: ReadinessBand; meaning: string };
  confidence: { level: Confidence; reason: string };
  /** The three points that matter most, in order. Never "for" points under a "not yet". */
  points: VerdictPoint[];
  /** What would change the answer, in plain words (the first few levers). */
  levers: string[];
  /** How firm the answer is on its deciding numbers. */
  margins: string[];
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

/**
 * The verdict card's status pill and role line in one phrase, for lists and compare cards where
 * the card itself is not shown: "Hire after a fix: Mid-market Account Executive", or "Not yet".
 * Read from the same recommendation as the card, so a row never promises a hire its result delays.
 */
export function verdictInBrief(assessment: Assessment): string {
  const { status, kind, aeProfile } = assessment.recommendation;
  const role = roleWords(kind, aeProfile);
  return role ? `${STATUS_LABELS[status]}: ${role}` : STATUS_LABELS[status];
}

/** Builds the card's data from an assessment. */
export function verdictOf(assessment: Assessment): Verdict {
  const { recommendation, readiness, reasons, blockers, levers, margins } = assessment;
  const notYet = recommendation.status === 'not-yet';
  const next = recommendation.nextHire;

  // Reasons are 'for' or 'against' the answer given (src/domain/explain/reasons.ts). Under "not
  // yet", 'against' reasons are what already favours a hire: never listed as what stops one. What
  // stops it is each blocker, with the engine's sentence and numbers for it when there is one,
  // then the other reasons for waiting.
  const stops: VerdictPoint[] = [];
  if (notYet) {
    const used = new Set<string>();
    for (const blocker of blockers.filter((b) => b.severity === 'gate')) {
      const reason = reasons.find((r) => r.stance === 'for' && r.ruleId === blocker.ruleId);
      if (reason) used.add(reason.ruleId);
      stops.push({
        text: `${blocker.title}: ${reason ? reason.text : blocker.why}`,
        stance: 'against',
      });
    }
    for (const reason of reasons)
      if (reason.stance === 'for' && !used.has(reason.ruleId))
        stops.push({ text: reason.text, stance: 'against' });
  }
  const ordered = reasons.map((reason) => ({ text: reason.text, stance: reason.stance }));
  const points = (notYet ? stops : ordered).slice(0, 3);

  return {
    status: recommendation.status,
    statusLabel: STATUS_LABELS[recommendation.status],
    headline: recommendation.headline,
    role: roleWords(recommendation.kind, recommendation.aeProfile),
    nextRole: notYet && next ? roleWords(next.kind, next.aeProfile) : null,
    profileNote: recommendation.profileNote ?? null,
    summary: recommendation.summary,
    readiness: { score: readiness.score, band: readiness.band, meaning: readiness.meaning },
    confidence: { level: recommendation.confidence, reason: recommendation.confidenceReason },
    points,
    levers: levers.slice(0, 2).map((lever) => lever.text),
    margins: margins.slice(0, 2).map((margin) => margin.text),
  };
}
