import {
  AnswersSchema,
  ASSUMPTION_KEYS,
  AssumptionsSchema,
  DEFAULT_ASSUMPTIONS,
  STEP_IDS,
  WHAT_IF_KEYS,
  type AnswerKey,
  type Answers,
  type AssumptionKey,
  type Assumptions,
  type StepId,
  type WhatIfKey,
} from '../domain';

/*
 * The one door saved drafts come in through (the excalidraw `restore` pattern): decode, migrate from
 * the saved format version, validate every value, and return either a draft the app can trust or a
 * typed problem the UI can explain. Pure: no storage, no clock, so every path is unit-tested.
 */

/**
 * The saved format version. Bump it, and add a step to `migrateDraft`, on any change.
 * 1: one draft (`{ answers, step, assumptions }`). 2: a workspace of several assessments.
 */
export const DRAFT_VERSION = 2;

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

export const MAX_SCENARIOS = 12;
export const MAX_SCENARIO_NAME = 60;

/** The valid scenarios of a saved assessment; anything malformed is dropped and reported. */
function restoreScenarios(value: unknown, where: string, dropped: string[]): Scenario[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    dropped.push(`${where}.scenarios`);
    return [];
  }
  const kept: Scenario[] = [];
  value.forEach((item, index) => {
    if (
      !isRecord(item) ||
      typeof item.name !== 'string' ||
      item.name.trim() === '' ||
      !isRecord(item.whatIf)
    ) {
      dropped.push(`${where}.scenarios.${index}`);
      return;
    }
    const name = item.name.trim().slice(0, MAX_SCENARIO_NAME);
    if (kept.length >= MAX_SCENARIOS || kept.some((s) => s.name === name)) return;
    kept.push({ name, whatIf: pickWhatIf(sanitizeAnswers(item.whatIf).answers) });
  });
  return kept;
}

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
      workspace: Workspace;
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

/** What migrating and restoring may need from outside: a clock and ids (the store passes real ones). */
export interface RestoreDeps {
  now: () => number;
  newId: () => string;
}

/**
 * Brings saved state from `version` up to the current format, without validating values (that is
 * `restoreWorkspaceState`'s job). Throws DraftFormatError when there is no path.
 *
 * Version 0 is the pre-release prototype's format: answers flat under `values` and the step as a
 * 1-based `page` number. Version 1 is the single draft of issue 3; in version 2 it becomes the
 * first saved assessment of the workspace (an empty v1 draft becomes an empty workspace).
 */
export function migrateDraft(state: unknown, version: number, deps: RestoreDeps): unknown {
  if (!isRecord(state))
    throw new DraftFormatError('wrong-shape', 'The saved draft is not an object.');
  let current: Record<string, unknown> = state;
  let at = version;
  if (at === 0) {
    const page = typeof current.page === 'number' ? current.page : 1;
    current = { answers: current.values, step: STEP_IDS[page - 1] ?? 'company', assumptions: {} };
    at = 1;
  }
  if (at === 1) {
    const draft = restoreDraftState(current);
    if (!draft.ok) throw new DraftFormatError(draft.problem, draft.detail);
    const hasAny =
      Object.keys(draft.draft.answers).length > 0 ||
      Object.keys(draft.draft.assumptions).length > 0 ||
      draft.draft.step !== 'company';
    const id = deps.newId();
    const time = deps.now();
    // The v1 values are passed on raw, so the v2 validation reports any that are invalid.
    current = hasAny
      ? {
          assessments: [
            {
              id,
              answers: current.answers ?? {},
              step: current.step,
              assumptions: current.assumptions ?? {},
              whatIf: {},
              notes: '',
              createdAt: time,
              updatedAt: time,
            },
          ],
          activeId: id,
          deleted: {},
        }
      : { assessments: [], activeId: null, deleted: {} };
    at = 2;
  }
  if (at !== DRAFT_VERSION) {
    throw new DraftFormatError(
      'unknown-version',
      `Saved draft version ${version} is not one this app can read.`,
    );
  }
  return current;
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

/** Notes longer than this are cut when restored (a guard against runaway data, not a UI limit). */
export const MAX_NOTES_LENGTH = 20_000;

function finiteTime(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** Validates one saved assessment of the workspace; null when it is not an assessment at all. */
export function restoreSavedAssessment(
  value: unknown,
  where: string,
  dropped: string[],
): SavedAssessment | null {
  if (
    !isRecord(value) ||
    typeof value.id !== 'string' ||
    value.id === '' ||
    value.id.length > 100
  ) {
    dropped.push(where);
    return null;
  }
  const draft = restoreDraftState(value);
  if (!draft.ok) {
    dropped.push(where);
    return null;
  }
  dropped.push(...draft.dropped.map((d) => `${where}.${d}`));
  let whatIf: SavedAssessment['whatIf'] = {};
  if (isRecord(value.whatIf)) {
    const parsed = sanitizeAnswers(value.whatIf);
    whatIf = pickWhatIf(parsed.answers);
    dropped.push(...parsed.invalid.map((key) => `${where}.whatIf.${key}`));
  } else if (value.whatIf !== undefined) dropped.push(`${where}.whatIf`);
  let notes = '';
  if (typeof value.notes === 'string') notes = value.notes.slice(0, MAX_NOTES_LENGTH);
  else if (value.notes !== undefined) dropped.push(`${where}.notes`);
  const updatedAt = finiteTime(value.updatedAt);
  const createdAt = finiteTime(value.createdAt) ?? updatedAt ?? 0;
  const scenarios = restoreScenarios(value.scenarios, where, dropped);
  return {
    id: value.id,
    ...draft.draft,
    whatIf,
    ...(scenarios.length > 0 ? { scenarios } : {}),
    notes,
    createdAt,
    updatedAt: updatedAt ?? createdAt,
  };
}

/** Validates a workspace already in the current format. */
export function restoreWorkspaceState(state: unknown): RestoreResult {
  if (!isRecord(state) || !Array.isArray(state.assessments))
    return { ok: false, problem: 'wrong-shape', detail: 'The saved workspace has no list.' };
  const dropped: string[] = [];
  const byId = new Map<string, SavedAssessment>();
  state.assessments.forEach((value: unknown, index) => {
    const saved = restoreSavedAssessment(value, `assessments[${index}]`, dropped);
    if (!saved) return;
    const previous = byId.get(saved.id);
    if (!previous || saved.updatedAt >= previous.updatedAt) byId.set(saved.id, saved);
  });
  const deleted: Record<string, number> = {};
  if (isRecord(state.deleted)) {
    for (const [id, at] of Object.entries(state.deleted)) {
      const time = finiteTime(at);
      if (time !== null) deleted[id] = time;
    }
  }
  const activeId =
    typeof state.activeId === 'string' && byId.has(state.activeId) ? state.activeId : null;
  return {
    ok: true,
    workspace: { assessments: [...byId.values()], activeId, deleted },
    dropped,
  };
}

/** Decodes, migrates and validates saved data exactly as stored (the raw localStorage string). */
export function restoreDraft(raw: string, deps: RestoreDeps): RestoreResult {
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
      state = migrateDraft(state, version, deps);
    } catch (error) {
      if (error instanceof DraftFormatError)
        return { ok: false, problem: error.problem, detail: error.message };
      throw error;
    }
  }
  const restored = restoreWorkspaceState(state);
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
