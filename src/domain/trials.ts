import { copyAnswers, type CompleteAnswers } from './answers/schema';
import type { Assumptions } from './assumptions';
import { decideCore, type CoreDecision } from './decide-core';
import type { Confidence } from './types';

/*
 * How firm an answer is: re-run the decision with one number moved. "The answer" is the status and
 * the kind of hire (a profile near its boundary is reported separately, as a profile note).
 */

/** The numbers a decision mostly rests on, and how each reads in a sentence. */
export const KEY_NUMBERS = [
  'qualifiedOppsPerMonth',
  'acv',
  'closeRatePct',
  'salesCycleDays',
  'founderSalesHours',
  'runwayMonths',
] as const;
export type KeyNumber = (typeof KEY_NUMBERS)[number];
/** Numbers a lever can move: the key numbers and the customers won so far. */
export type LeverNumber = KeyNumber | 'customers';

export function sameAnswer(x: CoreDecision, y: CoreDecision): boolean {
  return x.status === y.status && x.kind === y.kind;
}

/** The answers with one number set, kept within what the schema accepts. */
export function withValue(
  answers: CompleteAnswers,
  key: LeverNumber,
  value: number,
): CompleteAnswers {
  const bounded =
    key === 'closeRatePct'
      ? Math.min(100, Math.max(0, value))
      : key === 'salesCycleDays'
        ? Math.max(1, value)
        : key === 'acv'
          ? Math.max(0.01, value)
          : key === 'customers'
            ? Math.max(0, Math.round(value))
            : Math.max(0, value);
  const copy = copyAnswers(answers);
  copy[key] = bounded;
  return copy;
}

/** The decision with one key number set: a trial, reusing every figure of `base` it can. */
export function trial(
  answers: CompleteAnswers,
  a: Assumptions,
  base: CoreDecision,
  key: LeverNumber,
  value: number,
): CoreDecision {
  return decideCore(withValue(answers, key, value), a, true, { model: base.model, changed: key });
}

export interface Flip {
  key: LeverNumber;
  /** The answer's value before and after the move. */
  from: number;
  value: number;
  /** Relative change, e.g. -0.15 for "15% less". */
  change: number;
  to: CoreDecision;
}

const STEPS = [0.1, 0.2] as const;

/**
 * The numbers confidence moves: the key numbers, and the customers won so far (a company two wins
 * short of the proof a first hire needs is not "high confidence", whatever its pipeline says).
 */
const CONFIDENCE_NUMBERS: readonly LeverNumber[] = [...KEY_NUMBERS, 'customers'];

/**
 * Confidence from margins: high when no key number moved by 10% or 20% either way changes the
 * answer; medium when only a 20% move does; low when a 10% move does. Returns the nearest flip.
 */
export function confidenceTrials(
  answers: CompleteAnswers,
  a: Assumptions,
  base: CoreDecision,
): { confidence: Confidence; flip?: Flip } {
  for (const step of STEPS) {
    for (const key of CONFIDENCE_NUMBERS) {
      const current = answers[key];
      if (current === 0) continue;
      for (const sign of [-1, 1] as const) {
        const value = current * (1 + sign * step);
        const moved = trial(answers, a, base, key, value);
        if (!sameAnswer(moved, base)) {
          return {
            confidence: step === 0.1 ? 'low' : 'medium',
            flip: {
              key,
              from: current,
              value: key === 'customers' ? Math.round(value) : value,
              change: sign * step,
              to: moved,
            },
          };
        }
      }
    }
  }
  return { confidence: 'high' };
}
