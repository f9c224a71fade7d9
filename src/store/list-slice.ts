import { answerSchema } from '../domain';
import { MAX_ASSESSMENTS } from '../share/limits';
import { assessmentName } from './selectors';
import type { SliceContext } from './slice-context';
import { useUnsavedInput } from './unsaved-input';
import type { SavedAssessment } from './workspace-model';
import type { ListActions } from './workspace-types';

/** Actions on the list of saved assessments (the consultant's Assessments page). */
export function listSlice(ctx: SliceContext): ListActions {
  const { get, set, deps, stamp, fresh, update, removeFromList } = ctx;
  return {
    createAssessment: (seed, options) => {
      if (get().assessments.length >= MAX_ASSESSMENTS) return null;
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
      const parsed = answerSchema('companyName').safeParse(name);
      if (!parsed.success) return false;
      update(id, (a) => ({ answers: { ...a.answers, companyName: parsed.data } }));
      return true;
    },
    duplicateAssessment: (id) => {
      const original = get().assessments.find((a) => a.id === id);
      if (!original || get().assessments.length >= MAX_ASSESSMENTS) return null;
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
      const wasOpen = get().activeId === id;
      const removed = removeFromList(id);
      if (removed && wasOpen) useUnsavedInput.getState().discardAll();
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
  };
}
