import { activeAssessment, activeOrEmpty } from './selectors';
import { useStorageStatus } from './storage-status';
import { WORKSPACE_KEY } from './workspace-key';
import type { Draft } from './workspace-model';
import type { WorkspaceStore } from './workspace-store';

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
  store: WorkspaceStore,
  getStorage: () => Storage = () => window.localStorage,
): () => void {
  const onStorage = (event: StorageEvent) => {
    // key null: the other tab called localStorage.clear().
    if (event.key !== WORKSPACE_KEY && event.key !== null) return;
    try {
      if (event.storageArea && event.storageArea !== getStorage()) return;
    } catch {
      return;
    }
    const before = activeOrEmpty(store.getState());
    const open = activeAssessment(store.getState());
    void store.persist.rehydrate().then(() => {
      const state = store.getState();
      // Deleted in the other tab while open here: keep this tab's copy (with anything typed into
      // it) for the notice's "Restore it", rather than dropping it silently.
      if (open && !state.assessments.some((a) => a.id === open.id)) {
        useStorageStatus.setState({ deletedElsewhere: open });
      }
      if (!sameData(before, activeOrEmpty(state))) {
        useStorageStatus.setState((status) => ({ otherTabChanges: status.otherTabChanges + 1 }));
      }
    });
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
