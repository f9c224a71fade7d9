import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/*
 * Display preferences that belong to the browser, not to an assessment. Kept apart from the
 * assessment store so the landing page can read them without loading zod and the domain.
 */

export const PREFERENCES_KEY = 'hire-ready:preferences';

export interface PreferencesState {
  /** Presenter view: larger type and charts, no editing chrome or private notes (screen sharing). */
  presenter: boolean;
  setPresenter: (on: boolean) => void;
  togglePresenter: () => void;
}

/** Only a boolean is stored; anything else found under the key is ignored and replaced. */
export function restorePreferences(persisted: unknown): Pick<PreferencesState, 'presenter'> {
  const presenter =
    typeof persisted === 'object' &&
    persisted !== null &&
    'presenter' in persisted &&
    persisted.presenter === true;
  return { presenter };
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      presenter: false,
      setPresenter: (on) => set({ presenter: on }),
      togglePresenter: () => set((state) => ({ presenter: !state.presenter })),
    }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ presenter: state.presenter }),
      migrate: (persisted) => restorePreferences(persisted),
      merge: (persisted, current) => ({ ...current, ...restorePreferences(persisted) }),
    },
  ),
);

// Another tab switching presenter view should not flip this tab's screen mid-call, so there is no
// cross-tab sync here on purpose; the choice is read again on reload.
