import type { AeProfile } from '../types';
import { article } from '../format';
import { ROLE_KITS } from './role-kit-data';

/*
 * The role kit: scorecard, interview loop, first 90 days, leading indicators and the mis-hire
 * checkpoint for the recommended role and profile. The words are data (role-kit-data.ts); this
 * module picks the kit and fills in the company's own figures.
 */

export type RoleKitId = 'ae-transactional' | 'ae-mid-market' | 'ae-enterprise' | 'sdr';

export interface InterviewStep {
  step: string;
  /** What the step tells you about the candidate. */
  tests: string;
  /** How to run it. */
  how: string;
}

export interface OnboardingPhase {
  window: string;
  focus: string;
  goals: string[];
}

export interface LeadingIndicator {
  indicator: string;
  /** What healthy looks like by the end of the first quarter. */
  healthy: string;
}

export interface RoleKit {
  id: RoleKitId;
  title: string;
  /** One sentence: what this person is hired to achieve. */
  mission: string;
  mustHaves: string[];
  niceToHaves: string[];
  interviewLoop: InterviewStep[];
  onboarding: OnboardingPhase[];
  indicators: LeadingIndicator[];
  /** What to look at on the checkpoint day. */
  misHireSignals: string[];
  sources: string[];
}

export function roleKitId(role: 'ae' | 'sdr', profile: AeProfile | undefined): RoleKitId {
  if (role === 'sdr') return 'sdr';
  return `ae-${profile ?? 'mid-market'}`;
}

/** Words the kits may use in braces, filled with the company's figures by the caller. */
export interface KitValues {
  /** e.g. "10 qualified opportunities a month" */
  need: string;
  /** e.g. "45 days" */
  cycle: string;
  /** e.g. "5 months" */
  ramp: string;
  /** e.g. "€12,500" */
  monthlyQuota: string;
  /** The 61–90-day goal for first signatures, which a long cycle puts later. */
  firstDeals: string;
}

/** The kit for an id, with `{need}`, `{cycle}`, `{ramp}`, `{monthlyQuota}` and `{firstDeals}` filled in. */
export function roleKit(id: RoleKitId, values: KitValues): RoleKit {
  const kit = ROLE_KITS[id];
  // "a {ramp} ramp" becomes "an 8-month ramp" when the number is said with a vowel.
  const fill = (text: string) =>
    text.replace(
      /(\ba )?\{(need|cycle|ramp|monthlyQuota|firstDeals)\}/g,
      (_, a: string | undefined, name: keyof KitValues) =>
        a ? `${article(values[name])} ${values[name]}` : values[name],
    );
  return {
    ...kit,
    mission: fill(kit.mission),
    mustHaves: kit.mustHaves.map(fill),
    niceToHaves: kit.niceToHaves.map(fill),
    interviewLoop: kit.interviewLoop.map((s) => ({
      step: fill(s.step),
      tests: fill(s.tests),
      how: fill(s.how),
    })),
    onboarding: kit.onboarding.map((p) => ({
      ...p,
      focus: fill(p.focus),
      goals: p.goals.map(fill),
    })),
    indicators: kit.indicators.map((i) => ({
      indicator: fill(i.indicator),
      healthy: fill(i.healthy),
    })),
    misHireSignals: kit.misHireSignals.map(fill),
  };
}
