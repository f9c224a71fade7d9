import { isValidTime, MAX_NOTES_LENGTH } from '../share/limits';
import { WorkspaceFormatError, migrateWorkspace } from './migrate-workspace';
import {
  isRecord,
  restoreDraftState,
  sanitizeAnswers,
  type RestoreProblem,
} from './restore-values';
import {
  MAX_SCENARIO_NAME,
  MAX_SCENARIOS,
  WORKSPACE_VERSION,
  pickWhatIf,
  type Scenario,
  sanitizeAssumed,
  type RestoreDeps,
  type SavedAssessment,
  type Workspace,
} from './workspace-model';

/*
 * The one door saved workspaces come in through (the excalidraw `restore` pattern): decode, migrate
 * from the saved format version, validate every value, and return either a workspace the app can
 * trust or a typed problem the UI can explain. Pure: no storage, no clock, so every path is unit-tested.
 */

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

export { MAX_NOTES_LENGTH };

function validTime(value: unknown): number | null {
  return isValidTime(value) ? value : null;
}

/** The valid scenarios of a saved assessment; anything malformed is dropped and reported. */
function restoreScenarios(value: unknown, where: string, dropped: string[]): Scenario[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    dropped.push(`${where}.scenarios`);
    return [];
  }
  const kept: Scenario[] = [];
  value.forEach((item: unknown, index) => {
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
  if (typeof value.notes === 'string') {
    notes = value.notes.slice(0, MAX_NOTES_LENGTH);
    // Reported, so the full text is kept aside and the user is told; never cut silently.
    if (value.notes.length > MAX_NOTES_LENGTH) dropped.push(`${where}.notes (too long)`);
  } else if (value.notes !== undefined) dropped.push(`${where}.notes`);
  const updatedAt = validTime(value.updatedAt);
  const createdAt = validTime(value.createdAt) ?? updatedAt ?? 0;
  // A date no Date can hold (it would throw when shown) is replaced, and reported.
  if (value.updatedAt !== undefined && updatedAt === null) dropped.push(`${where}.updatedAt`);
  if (value.createdAt !== undefined && validTime(value.createdAt) === null)
    dropped.push(`${where}.createdAt`);
  const scenarios = restoreScenarios(value.scenarios, where, dropped);
  const assumed = sanitizeAssumed(value.assumed);
  if (value.assumed !== undefined && !Array.isArray(value.assumed))
    dropped.push(`${where}.assumed`);
  return {
    ...(assumed ? { assumed } : {}),
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
      const time = validTime(at);
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
export function restoreWorkspace(raw: string, deps: RestoreDeps): RestoreResult {
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
  if (version !== WORKSPACE_VERSION) {
    try {
      state = migrateWorkspace(state, version, deps);
    } catch (error) {
      if (error instanceof WorkspaceFormatError)
        return { ok: false, problem: error.problem, detail: error.message };
      throw error;
    }
  }
  const restored = restoreWorkspaceState(state);
  if (restored.ok && version !== WORKSPACE_VERSION) return { ...restored, migratedFrom: version };
  return restored;
}
