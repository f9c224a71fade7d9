import { MAX_ASSESSMENTS } from '../share/limits';
import {
  isComplete,
  sanitizeAssumed,
  type RestoreDeps,
  type SavedAssessment,
  type Workspace,
} from './workspace-model';
import { sanitizeAnswers, sanitizeAssumptions } from './restore-values';
import { activeAssessment } from './selectors';
import type { AssessmentSeed } from './workspace-types';

/*
 * The few primitives every slice of the workspace store builds its actions from, so each slice
 * changes the list the same way: one assessment at a time, stamped newer than what it replaces.
 */

export interface SliceContext {
  get: () => Workspace;
  set: (partial: Partial<Workspace>) => void;
  deps: RestoreDeps;
  /** A time after `previous`, so every change is newer than what it replaces. */
  stamp: (previous?: number) => number;
  /** A new assessment (not yet in the list). */
  fresh: (seed?: AssessmentSeed) => SavedAssessment;
  /** Changes one assessment (by id) and stamps it; no-op when it does not exist. */
  update: (id: string, change: (a: SavedAssessment) => Partial<SavedAssessment>) => void;
  /** The open assessment's id, starting one when none is open. */
  /** The open assessment's id, starting one when none is open; null at MAX_ASSESSMENTS. */
  ensureActive: () => string | null;
  /** Takes an assessment out of the list, remembering the deletion for other tabs. */
  removeFromList: (id: string) => SavedAssessment | null;
}

export function createSliceContext(
  get: () => Workspace,
  set: (partial: Partial<Workspace>) => void,
  deps: RestoreDeps,
): SliceContext {
  const stamp = (previous = 0) => Math.max(deps.now(), previous + 1);

  const fresh = (seed?: AssessmentSeed): SavedAssessment => {
    const time = deps.now();
    const answers = sanitizeAnswers(seed?.answers ?? {}).answers;
    const assumed = sanitizeAssumed(seed?.assumed);
    return {
      ...(assumed ? { assumed } : {}),
      id: deps.newId(),
      answers,
      assumptions: sanitizeAssumptions(seed?.assumptions ?? {}).assumptions,
      step: isComplete(answers) ? 'results' : 'company',
      whatIf: {},
      notes: seed?.notes ?? '',
      createdAt: time,
      updatedAt: time,
    };
  };

  const update: SliceContext['update'] = (id, change) => {
    const { assessments } = get();
    const index = assessments.findIndex((a) => a.id === id);
    const current = assessments[index];
    if (!current) return;
    const next = { ...current, ...change(current) };
    next.updatedAt = stamp(current.updatedAt);
    set({ assessments: assessments.with(index, next) });
  };

  const ensureActive = (): string | null => {
    const active = activeAssessment(get());
    if (active) return active.id;
    // At the limit nothing is started: the caller's UI says so (ASSESSMENT_LIMIT_MESSAGE).
    if (get().assessments.length >= MAX_ASSESSMENTS) return null;
    const created = fresh();
    set({ assessments: [...get().assessments, created], activeId: created.id });
    return created.id;
  };

  const removeFromList = (id: string): SavedAssessment | null => {
    const state = get();
    const found = state.assessments.find((a) => a.id === id);
    if (!found) return null;
    set({
      assessments: state.assessments.filter((a) => a.id !== id),
      activeId: state.activeId === id ? null : state.activeId,
      deleted: { ...state.deleted, [id]: stamp(found.updatedAt) },
    });
    return found;
  };

  return { get, set, deps, stamp, fresh, update, ensureActive, removeFromList };
}
