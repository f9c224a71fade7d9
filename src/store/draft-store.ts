import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  AnswersSchema,
  AssumptionsSchema,
  DEFAULT_ASSUMPTIONS,
  questionFor,
  type AnswerKey,
  type Answers,
  type AssumptionKey,
  type Assumptions,
  type StepId,
  type WhatIfKey,
} from '../domain';
import { DRAFT_KEY } from './draft-key';
import { createDraftStorage } from './draft-storage';
import { mergeWorkspaces } from './merge-workspace';
import {
  DRAFT_VERSION,
  DraftFormatError,
  MAX_SCENARIOS,
  MAX_SCENARIO_NAME,
  emptyDraft,
  emptyWorkspace,
  isComplete,
  migrateDraft,
  restoreWorkspaceState,
  sanitizeAnswers,
  sanitizeAssumptions,
  type Draft,
  type DraftStep,
  type RestoreDeps,
  type SavedAssessment,
  type Workspace,
} from './restore-draft';
import { useStorageStatus } from './storage-status';
import { useUnsavedInput } from './unsaved-input';

/** What a new assessment may start with (a share link, an imported file, a copy). */
export interface AssessmentSeed {
  answers: Partial<Answers>;
  assumptions: Partial<Assumptions>;
  notes?: string;
}

/** What an import did: how many assessments were new, replaced by a newer copy, or already here. */
export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
  /** Names of assessments replaced by the file's newer copy. */
  updatedNames: string[];
}

export interface DraftState extends Workspace {
  // --- The active assessment (the wizard and the results page work on it) ---
  /** Merges a step's validated answers in. Values that fail their schema field are ignored. */
  saveStep: (values: Partial<Answers>) => void;
  setStep: (step: DraftStep) => void;
  /**
   * Sets one assumption. Only values that differ from the default are kept. Returns false (and
   * changes nothing) when the value is out of range.
   */
  setAssumption: (key: AssumptionKey, value: number) => boolean;
  resetAssumptions: () => void;
  /**
   * Replaces the active assessment's answers and assumptions (or starts one when none is open),
   * e.g. "Make this my assessment" from a share link.
   */
  replaceDraft: (draft: {
    answers: Answers;
    assumptions: Partial<Assumptions>;
    notes?: string;
  }) => void;
  /** Deletes the active assessment ("Start over"). */
  clearDraft: () => void;
  /** Sets a what-if value of an answer; false when not valid. The answers stay as they are. */
  setWhatIf: <K extends WhatIfKey>(key: K, value: Answers[K]) => boolean;
  revertWhatIf: (key: WhatIfKey) => void;
  revertAllWhatIf: () => void;
  /** "Keep these answers": the what-if values become the answers. */
  keepWhatIf: () => void;
  setNotes: (notes: string) => void;
  /** Keeps the current what-if under a name (replacing one of the same name); false when invalid. */
  saveScenario: (name: string) => boolean;
  /** Makes a kept scenario the current what-if. */
  applyScenario: (name: string) => void;
  deleteScenario: (name: string) => void;

  // --- The list ---
  /** Starts an assessment, makes it active (unless `open: false`) and returns its id. */
  createAssessment: (seed?: AssessmentSeed, options?: { open?: boolean }) => string;
  /** Makes an assessment active; false when there is no such assessment. */
  openAssessment: (id: string) => boolean;
  /** Renames (the name is the companyName answer); false when the name is not valid. */
  renameAssessment: (id: string, name: string) => boolean;
  /** Copies an assessment as "Copy of …" and returns the copy's id (not made active). */
  duplicateAssessment: (id: string) => string | null;
  /** Deletes an assessment and returns it, for Undo. */
  deleteAssessment: (id: string) => SavedAssessment | null;
  /** Puts a deleted assessment back (Undo). */
  restoreAssessment: (assessment: SavedAssessment) => void;
  /** Merges assessments from an export file: new ids added, newer copies replace older ones. */
  importAssessments: (incoming: readonly SavedAssessment[]) => ImportReport;
}

function stepsOf(keys: readonly string[]): StepId[] {
  return [...new Set(keys.map((key) => questionFor(key as AnswerKey).step))];
}

const NO_ASSESSMENT: Draft & Pick<SavedAssessment, 'whatIf' | 'notes'> = Object.freeze({
  ...emptyDraft(),
  whatIf: {},
  notes: '',
});

/** The open assessment, if any. Returns the stored object itself, so it is a stable selector. */
export function activeAssessment(state: Workspace): SavedAssessment | undefined {
  return state.activeId === null
    ? undefined
    : state.assessments.find((assessment) => assessment.id === state.activeId);
}

/** The open assessment's draft, or an empty one (same object every time) when none is open. */
export function activeDraft(state: Workspace): Draft & Pick<SavedAssessment, 'whatIf' | 'notes'> {
  return activeAssessment(state) ?? NO_ASSESSMENT;
}

/** Answers with the what-if values applied: what the results page scores and links carry. */
export function effectiveAnswers(assessment: Pick<SavedAssessment, 'answers' | 'whatIf'>) {
  return { ...assessment.answers, ...assessment.whatIf };
}

/** The name shown in lists. */
export function assessmentName(assessment: Pick<SavedAssessment, 'answers'>): string {
  return assessment.answers.companyName?.trim() || 'Untitled assessment';
}

function defaultDeps(): RestoreDeps {
  return {
    now: () => Date.now(),
    newId: () =>
      typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
        ? crypto.randomUUID()
        : `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
  };
}

/**
 * Creates the store. The app uses the one in `index.ts`; tests create their own with a fake
 * storage and clock.
 */
export function createDraftStore(
  getStorage: () => Storage = () => window.localStorage,
  deps: RestoreDeps = defaultDeps(),
) {
  /** A time after `previous`, so every change is newer than what it replaces. */
  const stamp = (previous = 0) => Math.max(deps.now(), previous + 1);

  const fresh = (seed?: AssessmentSeed): SavedAssessment => {
    const time = deps.now();
    const answers = sanitizeAnswers(seed?.answers ?? {}).answers;
    return {
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

  return create<DraftState>()(
    persist(
      (set, get) => {
        /** Changes one assessment (by id) and stamps it; no-op when it does not exist. */
        const update = (id: string, change: (a: SavedAssessment) => Partial<SavedAssessment>) => {
          const { assessments } = get();
          const index = assessments.findIndex((a) => a.id === id);
          const current = assessments[index];
          if (!current) return;
          const next = { ...current, ...change(current) };
          next.updatedAt = stamp(current.updatedAt);
          set({ assessments: assessments.with(index, next) });
        };

        /** The active assessment's id, starting one when none is open. */
        const ensureActive = (): string => {
          const active = activeAssessment(get());
          if (active) return active.id;
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

        return {
          ...emptyWorkspace(),
          saveStep: (values) => {
            const { answers } = sanitizeAnswers(values);
            update(ensureActive(), (a) => ({ answers: { ...a.answers, ...answers } }));
            useUnsavedInput.getState().discard(stepsOf(Object.keys(answers)));
          },
          setStep: (step) => {
            const active = activeAssessment(get());
            // Skip the write when nothing changes: every write can wake other tabs. Visiting a step
            // with nothing open starts nothing (an empty visit is not an assessment).
            if (active && active.step !== step) update(active.id, () => ({ step }));
          },
          setAssumption: (key, value) => {
            const parsed = AssumptionsSchema.shape[key].safeParse(value);
            if (!parsed.success) return false;
            update(ensureActive(), (a) => {
              const assumptions = { ...a.assumptions };
              if (parsed.data === DEFAULT_ASSUMPTIONS[key]) delete assumptions[key];
              else assumptions[key] = parsed.data;
              return { assumptions };
            });
            return true;
          },
          resetAssumptions: () => {
            const active = activeAssessment(get());
            if (active) update(active.id, () => ({ assumptions: {} }));
          },
          replaceDraft: (draft) => {
            const { answers } = sanitizeAnswers(draft.answers);
            const { assumptions } = sanitizeAssumptions(draft.assumptions);
            update(ensureActive(), (a) => ({
              answers,
              assumptions,
              whatIf: {},
              notes: draft.notes ?? a.notes,
              step: isComplete(answers) ? 'results' : 'company',
            }));
            useUnsavedInput.getState().discardAll();
          },
          clearDraft: () => {
            const active = activeAssessment(get());
            if (active) removeFromList(active.id);
            useUnsavedInput.getState().discardAll();
          },
          setWhatIf: (key, value) => {
            const parsed = AnswersSchema.shape[key].safeParse(value);
            const active = activeAssessment(get());
            if (!parsed.success || !active) return false;
            update(active.id, (a) => {
              const whatIf: Partial<Record<WhatIfKey, unknown>> = { ...a.whatIf };
              if (JSON.stringify(parsed.data) === JSON.stringify(a.answers[key]))
                delete whatIf[key];
              else whatIf[key] = parsed.data;
              return { whatIf: whatIf as SavedAssessment['whatIf'] };
            });
            return true;
          },
          revertWhatIf: (key) => {
            const active = activeAssessment(get());
            if (!active || active.whatIf[key] === undefined) return;
            update(active.id, (a) => {
              const whatIf = { ...a.whatIf };
              delete whatIf[key];
              return { whatIf };
            });
          },
          revertAllWhatIf: () => {
            const active = activeAssessment(get());
            if (active && Object.keys(active.whatIf).length > 0)
              update(active.id, () => ({ whatIf: {} }));
          },
          keepWhatIf: () => {
            const active = activeAssessment(get());
            if (active && Object.keys(active.whatIf).length > 0)
              update(active.id, (a) => ({ answers: effectiveAnswers(a), whatIf: {} }));
          },
          setNotes: (notes) => {
            update(ensureActive(), () => ({ notes }));
          },
          saveScenario: (name) => {
            const trimmed = name.trim().slice(0, MAX_SCENARIO_NAME);
            const active = activeAssessment(get());
            if (!active || trimmed === '') return false;
            const others = (active.scenarios ?? []).filter((s) => s.name !== trimmed);
            if (others.length >= MAX_SCENARIOS) return false;
            update(active.id, (a) => ({
              scenarios: [...others, { name: trimmed, whatIf: { ...a.whatIf } }],
            }));
            return true;
          },
          applyScenario: (name) => {
            const active = activeAssessment(get());
            const scenario = active?.scenarios?.find((s) => s.name === name);
            if (active && scenario) update(active.id, () => ({ whatIf: { ...scenario.whatIf } }));
          },
          deleteScenario: (name) => {
            const active = activeAssessment(get());
            if (!active?.scenarios?.some((s) => s.name === name)) return;
            update(active.id, (a) => {
              const scenarios = (a.scenarios ?? []).filter((s) => s.name !== name);
              return { scenarios: scenarios.length > 0 ? scenarios : undefined };
            });
          },
          createAssessment: (seed, options) => {
            const created = fresh(seed);
            if (options?.open === false) {
              set({ assessments: [...get().assessments, created] });
              return created.id;
            }
            set({ assessments: [...get().assessments, created], activeId: created.id });
            useUnsavedInput.getState().discardAll();
            return created.id;
          },
          openAssessment: (id) => {
            if (!get().assessments.some((a) => a.id === id)) return false;
            if (get().activeId !== id) {
              set({ activeId: id });
              // Typed-but-unsubmitted input belongs to the assessment it was typed for.
              useUnsavedInput.getState().discardAll();
            }
            return true;
          },
          renameAssessment: (id, name) => {
            const parsed = AnswersSchema.shape.companyName.safeParse(name);
            if (!parsed.success) return false;
            update(id, (a) => ({ answers: { ...a.answers, companyName: parsed.data } }));
            return true;
          },
          duplicateAssessment: (id) => {
            const original = get().assessments.find((a) => a.id === id);
            if (!original) return null;
            const copyName = `Copy of ${assessmentName(original)}`.slice(0, 80);
            const time = deps.now();
            const copy: SavedAssessment = {
              ...original,
              answers: { ...original.answers, companyName: copyName },
              id: deps.newId(),
              createdAt: time,
              updatedAt: time,
            };
            set({ assessments: [...get().assessments, copy] });
            return copy.id;
          },
          deleteAssessment: (id) => {
            const removed = removeFromList(id);
            if (removed && removed.id === get().activeId) useUnsavedInput.getState().discardAll();
            return removed;
          },
          restoreAssessment: (assessment) => {
            const state = get();
            if (state.assessments.some((a) => a.id === assessment.id)) return;
            const deleted = { ...state.deleted };
            const deletedAt = deleted[assessment.id] ?? 0;
            delete deleted[assessment.id];
            // Newer than its deletion, so tabs that saw the deletion take the assessment back.
            const restored = {
              ...assessment,
              updatedAt: stamp(Math.max(deletedAt, assessment.updatedAt)),
            };
            set({ assessments: [...state.assessments, restored], deleted });
          },
          importAssessments: (incoming) => {
            const report: ImportReport = { added: 0, updated: 0, skipped: 0, updatedNames: [] };
            const assessments = [...get().assessments];
            const deleted = { ...get().deleted };
            for (const item of incoming) {
              const index = assessments.findIndex((a) => a.id === item.id);
              const current = assessments[index];
              if (!current) {
                assessments.push(item);
                // Importing is a deliberate act: it brings back an assessment deleted here.
                if (deleted[item.id] !== undefined) {
                  delete deleted[item.id];
                  assessments[assessments.length - 1] = {
                    ...item,
                    updatedAt: Math.max(item.updatedAt, stamp(get().deleted[item.id])),
                  };
                }
                report.added++;
              } else if (sameContent(current, item) || item.updatedAt <= current.updatedAt) {
                report.skipped++;
              } else {
                assessments[index] = item;
                report.updated++;
                report.updatedNames.push(assessmentName(item));
              }
            }
            if (report.added + report.updated > 0) set({ assessments, deleted });
            return report;
          },
        };
      },
      {
        name: DRAFT_KEY,
        version: DRAFT_VERSION,
        storage: createDraftStorage(getStorage, deps),
        partialize: ({ assessments, activeId, deleted }): Workspace => ({
          assessments,
          activeId,
          deleted,
        }),
        // The storage adapter already migrates and validates (restoreDraft), so this only runs if a
        // storage ever hands over an older version as is; it takes the same path.
        migrate: (state, version) => {
          const restored = restoreWorkspaceState(migrateDraft(state, version, deps));
          if (!restored.ok) throw new DraftFormatError(restored.problem, restored.detail);
          return restored.workspace;
        },
        // Merge, not replace: this tab may hold changes storage does not (a failed save), and
        // another tab's may be newer. No saved data at all (first visit, or storage cleared in
        // another tab) means an empty workspace, so the next write cannot bring deleted data back.
        merge: (persisted, current) => {
          const stored = (persisted as Workspace | undefined) ?? emptyWorkspace();
          if (persisted === undefined) return { ...current, ...emptyWorkspace() };
          const merged = mergeWorkspaces(current, stored);
          return {
            ...current,
            ...merged,
            activeId: current.activeId !== null ? merged.activeId : stored.activeId,
          };
        },
      },
    ),
  );
}

/** Same answers, assumptions, what-if and notes (ids and times aside). */
function sameContent(a: SavedAssessment, b: SavedAssessment): boolean {
  return contentOf(a) === contentOf(b);
}

function contentOf(x: SavedAssessment): string {
  return JSON.stringify([
    sortKeys(x.answers),
    sortKeys(x.assumptions),
    sortKeys(x.whatIf),
    x.scenarios ?? [],
    x.notes,
    x.step,
  ]);
}

function sortKeys(record: object): [string, unknown][] {
  return Object.entries(record).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export type DraftStore = ReturnType<typeof createDraftStore>;

function sameData(a: Draft, b: Draft): boolean {
  return JSON.stringify([a.answers, a.assumptions]) === JSON.stringify([b.answers, b.assumptions]);
}

/**
 * Keeps tabs from overwriting each other: when another tab saves, this tab takes the new data in at
 * once (merged per assessment), so its next write builds on it. If the open assessment's answers or
 * assumptions changed, the storage status says so (forms remount with the latest values, keeping
 * anything typed but not yet submitted in this tab). Returns a function that stops listening.
 */
export function syncWithOtherTabs(
  store: DraftStore,
  getStorage: () => Storage = () => window.localStorage,
): () => void {
  const onStorage = (event: StorageEvent) => {
    // key null: the other tab called localStorage.clear().
    if (event.key !== DRAFT_KEY && event.key !== null) return;
    try {
      if (event.storageArea && event.storageArea !== getStorage()) return;
    } catch {
      return;
    }
    const before = activeDraft(store.getState());
    void store.persist.rehydrate().then(() => {
      if (!sameData(before, activeDraft(store.getState()))) {
        useStorageStatus.setState((status) => ({ otherTabChanges: status.otherTabChanges + 1 }));
      }
    });
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
