import { create } from 'zustand';
import type { StepId } from '../domain';

/*
 * What the user has typed on a step but not yet submitted with Continue, exactly as typed ("abc",
 * "150", half a number). Memory only: it survives Back, the progress links and browser Back/Forward
 * within this tab, but not a reload. Saved (persisted) answers are always valid ones; a reload
 * shows the last answers that passed Continue.
 */

/** A step form's raw values: strings for text, numbers, radios and yes/no; string lists for checkboxes. */
export type RawFormValues = Record<string, string | string[]>;

export interface UnsavedInputState {
  byStep: Partial<Record<StepId, RawFormValues>>;
  keep: (step: StepId, values: RawFormValues) => void;
  discard: (steps: readonly StepId[]) => void;
  discardAll: () => void;
}

export const useUnsavedInput = create<UnsavedInputState>()((set) => ({
  byStep: {},
  keep: (step, values) => set((state) => ({ byStep: { ...state.byStep, [step]: values } })),
  discard: (steps) =>
    set((state) => {
      if (!steps.some((step) => state.byStep[step] !== undefined)) return state;
      const byStep = { ...state.byStep };
      for (const step of steps) delete byStep[step];
      return { byStep };
    }),
  discardAll: () => set({ byStep: {} }),
}));
