import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { importSlice } from './import-assessments';
import { listSlice } from './list-slice';
import { mergeWorkspaces } from './merge-workspace';
import { openAssessmentSlice } from './open-assessment-slice';
import { createSliceContext } from './slice-context';
import { WORKSPACE_KEY } from './workspace-key';
import {
  WORKSPACE_VERSION,
  emptyWorkspace,
  type RestoreDeps,
  type Workspace,
} from './workspace-model';
import { createWorkspaceStorage } from './workspace-storage';
import type { WorkspaceState } from './workspace-types';

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
 * Creates the workspace store: every assessment saved in this browser, the open one, and the
 * deletions other tabs must respect. The app uses the one in `index.ts`; tests create their own
 * with a fake storage and clock.
 *
 * There is no persist `migrate`: the storage adapter migrates and validates every load itself
 * (restoreWorkspace) and hands persist the current version, so a `migrate` here could never run.
 */
export function createWorkspaceStore(
  getStorage: () => Storage = () => window.localStorage,
  deps: RestoreDeps = defaultDeps(),
) {
  const storage = createWorkspaceStorage(getStorage, deps);
  const store = create<WorkspaceState>()(
    persist(
      (set, get) => {
        const ctx = createSliceContext(get, set, deps);
        return {
          ...emptyWorkspace(),
          ...openAssessmentSlice(ctx),
          ...listSlice(ctx),
          ...importSlice(ctx),
        };
      },
      {
        name: WORKSPACE_KEY,
        version: WORKSPACE_VERSION,
        storage,
        partialize: ({ assessments, activeId, deleted }): Workspace => ({
          assessments,
          activeId,
          deleted,
        }),
        // Merge, not replace: this tab may hold changes storage does not (a failed save), and
        // another tab's may be newer. No saved data at all (first visit, or storage cleared in
        // another tab) means an empty workspace, so the next write cannot bring deleted data back.
        merge: (persisted, current) => {
          if (persisted === undefined) return { ...current, ...emptyWorkspace() };
          const stored = persisted as Workspace;
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
  /** Writes a save that is waiting for a pause in typing (large workspaces), now. */
  return Object.assign(store, { flushWrites: storage.flush });
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;
