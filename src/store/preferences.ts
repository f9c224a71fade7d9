import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/*
 * Display preferences that belong to the browser, not to an assessment. Kept apart from the
 * assessment store so the landing page can read them without loading zod and the domain.
 */

export const PREFERENCES_KEY = 'hire-ready:preferences';

/** Who prepared a printed report (a consultant's name, firm and contact); all optional. */
export interface PreparedBy {
  name: string;
  firm: string;
  contact: string;
}

export const EMPTY_PREPARED_BY: PreparedBy = Object.freeze({ name: '', firm: '', contact: '' });
const PREPARED_BY_MAX = 120;

export interface PreferencesState {
  /** Presenter view: larger type and charts, no editing chrome or private notes (screen sharing). */
  presenter: boolean;
  setPresenter: (on: boolean) => void;
  togglePresenter: () => void;
  /** Printed on every report from this browser. */
  preparedBy: PreparedBy;
  setPreparedBy: (preparedBy: PreparedBy) => void;
}

type StoredPreferences = Pick<PreferencesState, 'presenter' | 'preparedBy'>;

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, PREPARED_BY_MAX) : '';
}

/** Only known fields of the right type are kept; anything else under the key is ignored and replaced. */
export function restorePreferences(persisted: unknown): StoredPreferences {
  const record =
    typeof persisted === 'object' && persisted !== null
      ? (persisted as Record<string, unknown>)
      : {};
  const by =
    typeof record.preparedBy === 'object' && record.preparedBy !== null
      ? (record.preparedBy as Record<string, unknown>)
      : {};
  return {
    presenter: record.presenter === true,
    preparedBy: { name: text(by.name), firm: text(by.firm), contact: text(by.contact) },
  };
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      presenter: false,
      setPresenter: (on) => set({ presenter: on }),
      togglePresenter: () => set((state) => ({ presenter: !state.presenter })),
      preparedBy: EMPTY_PREPARED_BY,
      setPreparedBy: (preparedBy) =>
        set({
          preparedBy: {
            name: text(preparedBy.name),
            firm: text(preparedBy.firm),
            contact: text(preparedBy.contact),
          },
        }),
    }),
    {
      name: PREFERENCES_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ presenter: state.presenter, preparedBy: state.preparedBy }),
      migrate: (persisted) => restorePreferences(persisted),
      merge: (persisted, current) => ({ ...current, ...restorePreferences(persisted) }),
    },
  ),
);

// Another tab switching presenter view should not flip this tab's screen mid-call, so there is no
// cross-tab sync here on purpose; the choice is read again on reload.
