import { create } from 'zustand';
import type { StepId } from '../domain';

/*
 * What the user has typed on a step but not yet submitted with Continue, exactly as typed ("abc",
 * "150", half a number), field by field: only the fields the user changed from the saved answer.
 * A field they did not touch is not kept, so it follows the saved value when another tab changes
 * it. Memory only: it survives Back, the progress links and browser Back/Forward within this tab,
 * but not a reload. Saved (persisted) answers are always valid ones.
 */

/** A step form's raw values: strings for text, numbers, radios and yes/no; string lists for checkboxes. */
export type RawFormValues = Record<string, string | string[]>;

export interface UnsavedInputState {
  /** Per step, only the fields whose input differs from the saved answer. */
  byStep: Partial<Record<StepId, RawFormValues>>;
  /** Keeps the fields of `values` that differ from `saved` (and forgets the step when none do). */
  keep: (step: StepId, values: RawFormValues, saved: RawFormValues) => void;
  discard: (steps: readonly StepId[]) => void;
  discardAll: () => void;
}

/** The fields of `values` that differ from `saved`. */
export function changedFields(values: RawFormValues, saved: RawFormValues): RawFormValues {
  const changed: RawFormValues = {};
  for (const [key, value] of Object.entries(values))
    if (JSON.stringify(value) !== JSON.stringify(saved[key])) changed[key] = value;
  return changed;
}

export const useUnsavedInput = create<UnsavedInputState>()((set) => ({
  byStep: {},
  keep: (step, values, saved) =>
    set((state) => {
      const changed = changedFields(values, saved);
      const byStep = { ...state.byStep };
      if (Object.keys(changed).length === 0) delete byStep[step];
      else byStep[step] = changed;
      return { byStep };
    }),
  discard: (steps) =>
    set((state) => {
      if (!steps.some((step) => state.byStep[step] !== undefined)) return state;
      const byStep = { ...state.byStep };
      for (const step of steps) delete byStep[step];
      return { byStep };
    }),
  discardAll: () => set({ byStep: {} }),
}));
