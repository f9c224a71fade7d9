import {
  ANSWER_KEYS,
  answersSchema,
  DEFAULT_ASSUMPTIONS,
  STEP_IDS,
  WHAT_IF_KEYS,
  type AnswerKey,
  type Answers,
  type Assumptions,
  type StepId,
  type WhatIfKey,
} from '../domain';

/*
 * What the workspace store holds and saves: the types, the empty values and the small pure helpers
 * every part of the store shares. The one door saved data comes in through is restore-workspace.ts.
 */

/**
 * The saved format version. Bump it, and add a step to `migrateWorkspace`, on any change.
 * 1: one draft (`{ answers, step, assumptions }`). 2: a workspace of several assessments.
 */
export const WORKSPACE_VERSION = 2;

/** Where the user is: a wizard step, Check your answers, or the results. */
export type DraftStep = StepId | 'check' | 'results';

const DRAFT_STEPS: readonly string[] = [...STEP_IDS, 'check', 'results'];

export function isDraftStep(value: unknown): value is DraftStep {
  return typeof value === 'string' && DRAFT_STEPS.includes(value);
}

/** What is saved: only answers given, where the user is, and the assumptions they changed. */
export interface Draft {
  answers: Partial<Answers>;
  step: DraftStep;
  /** Only assumptions that differ from DEFAULT_ASSUMPTIONS. */
  assumptions: Partial<Assumptions>;
}

export function emptyDraft(): Draft {
  return { answers: {}, step: 'company', assumptions: {} };
}

export function pickWhatIf(answers: Partial<Answers>): Partial<Pick<Answers, WhatIfKey>> {
  const picked: Partial<Record<WhatIfKey, unknown>> = {};
  for (const key of WHAT_IF_KEYS) if (answers[key] !== undefined) picked[key] = answers[key];
  return picked as Partial<Pick<Answers, WhatIfKey>>;
}

/** A named what-if kept with its assessment, so a call can compare "as is" with a few plans. */
export interface Scenario {
  name: string;
  whatIf: Partial<Pick<Answers, WhatIfKey>>;
}

export { MAX_SCENARIO_NAME, MAX_SCENARIOS } from '../share/limits';

/** One assessment saved in this browser. Results are never stored; they are recomputed. */
export interface SavedAssessment extends Draft {
  /** Random, made in the store layer; survives export and import so duplicates can be found. */
  id: string;
  /** What-if values over `answers` (any answer but the name); empty when there is no what-if. */
  whatIf: Partial<Pick<Answers, WhatIfKey>>;
  /** Named what-ifs kept for comparing; absent when there are none. */
  scenarios?: Scenario[];
  /** Private notes; never in share links unless the user includes them. */
  notes: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds of the last change; the newer copy wins when tabs or imports meet. */
  updatedAt: number;
  /**
   * Answers filled with a typical value by the quick check rather than given (issue 14). Absent or
   * empty: every answer was given (a full assessment). A key leaves the list when it is answered.
   */
  assumed?: AnswerKey[];
}

/**
 * Keeps the valid, distinct answer keys of a saved `assumed` list, in question order; undefined
 * when none are left, so a full assessment carries no field at all.
 */
export function sanitizeAssumed(value: unknown): AnswerKey[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const keys = ANSWER_KEYS.filter((key) => key !== 'companyName' && value.includes(key));
  return keys.length > 0 ? keys : undefined;
}

/** `assumed` without the keys just answered; undefined when nothing is assumed any more. */
export function withoutAssumed(
  assumed: readonly AnswerKey[] | undefined,
  answered: readonly string[],
): AnswerKey[] | undefined {
  const left = (assumed ?? []).filter((key) => !answered.includes(key));
  return left.length > 0 ? left : undefined;
}

/** Everything saved: the assessments, which one is open, and when deleted ones were deleted. */
export interface Workspace {
  assessments: SavedAssessment[];
  activeId: string | null;
  /** id → epoch ms deleted, so another tab's older copy does not bring a deleted assessment back. */
  deleted: Record<string, number>;
}

export function emptyWorkspace(): Workspace {
  return { assessments: [], activeId: null, deleted: {} };
}

/** What migrating and restoring may need from outside: a clock and ids (the store passes real ones). */
export interface RestoreDeps {
  now: () => number;
  newId: () => string;
}

/** True when every question has a valid answer. */
export function isComplete(answers: Partial<Answers>): answers is Answers {
  return answersSchema().safeParse(answers).success;
}

/** The assumptions in force: the defaults with the user's changes on top. */
export function effectiveAssumptions(changed: Partial<Assumptions>): Assumptions {
  return { ...DEFAULT_ASSUMPTIONS, ...changed };
}
