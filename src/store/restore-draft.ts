import {
  AnswersSchema,
  ASSUMPTION_KEYS,
  AssumptionsSchema,
  DEFAULT_ASSUMPTIONS,
  STEP_IDS,
  type AnswerKey,
  type Answers,
  type AssumptionKey,
  type Assumptions,
  type StepId,
} from '../domain';

/*
 * The one door saved drafts come in through (the excalidraw `restore` pattern): decode, migrate from
 * the saved format version, validate every value, and return either a draft the app can trust or a
 * typed problem the UI can explain. Pure: no storage, no clock, so every path is unit-tested.
 */

/** The saved draft's format version. Bump it, and add a step to `migrateDraft`, on any change. */
export const DRAFT_VERSION = 1;

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

export type RestoreProblem =
  /** Not JSON at all (truncated write, hand edit, another program's data). */
  | 'unreadable'
  /** JSON, but not a draft: the envelope or the answers/assumptions containers are the wrong type. */
  | 'wrong-shape'
  /** A version this build has no migration for (a newer build wrote it, or it is not ours). */
  | 'unknown-version';

export type RestoreResult =
  | {
      ok: true;
      draft: Draft;
      /** The version the data was saved in, when it had to be migrated. */
      migratedFrom?: number;
      /** Saved values that failed validation and were left out ("answers.acv", "step"). */
      dropped: string[];
    }
  | { ok: false; problem: RestoreProblem; detail: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Keeps each answer that passes its own field of AnswersSchema. Unknown keys are dropped without
 * complaint (a later format may add some); known keys with invalid values are reported.
 */
export function sanitizeAnswers(input: Record<string, unknown>): {
  answers: Partial<Answers>;
  invalid: AnswerKey[];
} {
  const answers: Record<string, unknown> = {};
  const invalid: AnswerKey[] = [];
  for (const [key, schema] of Object.entries(AnswersSchema.shape) as [
    AnswerKey,
    (typeof AnswersSchema.shape)[AnswerKey],
  ][]) {
    if (!hasOwn(input, key)) continue;
    const parsed = schema.safeParse(input[key]);
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
    const parsed = AssumptionsSchema.shape[key].safeParse(input[key]);
    if (!parsed.success) invalid.push(key);
    else if (parsed.data !== DEFAULT_ASSUMPTIONS[key]) assumptions[key] = parsed.data;
  }
  return { assumptions, invalid };
}

export class DraftFormatError extends Error {
  constructor(
    readonly problem: RestoreProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DraftFormatError';
  }
}

/**
 * Brings saved state from `version` up to the current format, without validating values (that is
 * `restoreDraftState`'s job). Throws DraftFormatError when there is no path.
 *
 * Version 0 is the pre-release prototype's format: answers flat under `values` and the step as a
 * 1-based `page` number. No public build wrote it, but it keeps a real migration path under test so
 * the next format change has a pattern to follow.
 */
export function migrateDraft(state: unknown, version: number): unknown {
  if (!isRecord(state))
    throw new DraftFormatError('wrong-shape', 'The saved draft is not an object.');
  let current: Record<string, unknown> = state;
  let at = version;
  if (at === 0) {
    const page = typeof current.page === 'number' ? current.page : 1;
    current = { answers: current.values, step: STEP_IDS[page - 1] ?? 'company', assumptions: {} };
    at = 1;
  }
  if (at !== DRAFT_VERSION) {
    throw new DraftFormatError(
      'unknown-version',
      `Saved draft version ${version} is not one this app can read.`,
    );
  }
  return current;
}

/** Validates state already in the current format. */
export function restoreDraftState(state: unknown): RestoreResult {
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

/** Decodes, migrates and validates a saved draft exactly as stored (the raw localStorage string). */
export function restoreDraft(raw: string): RestoreResult {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch (error) {
    return {
      ok: false,
      problem: 'unreadable',
      detail: error instanceof Error ? error.message : 'Invalid JSON',
    };
  }
  if (!isRecord(envelope) || !isRecord(envelope.state)) {
    return {
      ok: false,
      problem: 'wrong-shape',
      detail: 'The saved value is not a { state, version } envelope.',
    };
  }
  // zustand persist always writes a version; a missing one is not ours.
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, problem: 'wrong-shape', detail: 'The saved draft has no format version.' };
  }
  let state: unknown = envelope.state;
  if (version !== DRAFT_VERSION) {
    try {
      state = migrateDraft(state, version);
    } catch (error) {
      if (error instanceof DraftFormatError)
        return { ok: false, problem: error.problem, detail: error.message };
      throw error;
    }
  }
  const restored = restoreDraftState(state);
  if (restored.ok && version !== DRAFT_VERSION) return { ...restored, migratedFrom: version };
  return restored;
}

/** True when every question has a valid answer. */
export function isComplete(answers: Partial<Answers>): answers is Answers {
  return AnswersSchema.safeParse(answers).success;
}

/** The assumptions in force: the defaults with the user's changes on top. */
export function effectiveAssumptions(changed: Partial<Assumptions>): Assumptions {
  return { ...DEFAULT_ASSUMPTIONS, ...changed };
}
