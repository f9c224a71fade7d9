import {
  ANSWER_KEYS,
  answerSchema,
  ASSUMPTION_KEYS,
  assumptionSchema,
  DEFAULT_ASSUMPTIONS,
  type AnswerKey,
  type Answers,
  type AssumptionKey,
  type Assumptions,
} from '../domain';
import { isDraftStep, type Draft, type DraftStep } from './workspace-model';

/* Value-by-value validation of saved answers and assumptions, shared by migration and restore. */

export type RestoreProblem =
  /** Not JSON at all (truncated write, hand edit, another program's data). */
  | 'unreadable'
  /** JSON, but not a draft: the envelope or the answers/assumptions containers are the wrong type. */
  | 'wrong-shape'
  /** A version this build has no migration for (a newer build wrote it, or it is not ours). */
  | 'unknown-version';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Keeps each answer that passes its own answer's schema. Unknown keys are dropped without
 * complaint (a later format may add some); known keys with invalid values are reported.
 */
export function sanitizeAnswers(input: Record<string, unknown>): {
  answers: Partial<Answers>;
  invalid: AnswerKey[];
} {
  const answers: Record<string, unknown> = {};
  const invalid: AnswerKey[] = [];
  for (const key of ANSWER_KEYS) {
    if (!hasOwn(input, key)) continue;
    const parsed = answerSchema(key).safeParse(input[key]);
    if (parsed.success) answers[key] = parsed.data;
    else invalid.push(key);
  }
  return { answers: answers as Partial<Answers>, invalid };
}

/** Keeps each valid assumption that differs from its default; the rest are defaults anyway. */
export function sanitizeAssumptions(input: Record<string, unknown>): {
  assumptions: Partial<Assumptions>;
  invalid: AssumptionKey[];
} {
  const assumptions: Partial<Assumptions> = {};
  const invalid: AssumptionKey[] = [];
  for (const key of ASSUMPTION_KEYS) {
    if (!hasOwn(input, key)) continue;
    const parsed = assumptionSchema(key).safeParse(input[key]);
    if (!parsed.success) invalid.push(key);
    else if (parsed.data !== DEFAULT_ASSUMPTIONS[key]) assumptions[key] = parsed.data;
  }
  return { assumptions, invalid };
}

/** Validates one assessment's draft part (answers, step, assumptions). */
export function restoreDraftState(
  state: unknown,
):
  | { ok: true; draft: Draft; dropped: string[] }
  | { ok: false; problem: RestoreProblem; detail: string } {
  if (!isRecord(state))
    return { ok: false, problem: 'wrong-shape', detail: 'The saved draft is not an object.' };
  const rawAnswers = state.answers ?? {};
  const rawAssumptions = state.assumptions ?? {};
  if (!isRecord(rawAnswers) || !isRecord(rawAssumptions)) {
    return {
      ok: false,
      problem: 'wrong-shape',
      detail: 'Saved answers or assumptions are not objects.',
    };
  }
  const { answers, invalid: badAnswers } = sanitizeAnswers(rawAnswers);
  const { assumptions, invalid: badAssumptions } = sanitizeAssumptions(rawAssumptions);
  const stepOk = isDraftStep(state.step);
  const dropped = [
    ...badAnswers.map((key) => `answers.${key}`),
    ...badAssumptions.map((key) => `assumptions.${key}`),
    ...(stepOk || state.step === undefined ? [] : ['step']),
  ];
  return {
    ok: true,
    draft: { answers, assumptions, step: stepOk ? (state.step as DraftStep) : 'company' },
    dropped,
  };
}
