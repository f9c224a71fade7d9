import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { WORKSPACE_BACKUP_PREFIX } from './workspace-key';
import { mergeWorkspaces, sameWorkspace } from './merge-workspace';
import { restoreWorkspace } from './restore-workspace';
import { WORKSPACE_VERSION, type RestoreDeps, type Workspace } from './workspace-model';
import { SAVE_BLOCKED_MESSAGE, SAVE_FULL_MESSAGE, useStorageStatus } from './storage-status';

/** How many unreadable drafts to keep aside; older copies are removed so backups cannot fill storage. */
const MAX_BACKUPS = 3;

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    // 22 and 1014 are the legacy codes of Chrome/Safari and Firefox.
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22 ||
      error.code === 1014)
  );
}

function backupKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(WORKSPACE_BACKUP_PREFIX)) keys.push(key);
  }
  // Keys end in a millisecond timestamp (plus `-n` on a clash), so numeric order is age order.
  return keys.toSorted(
    (a, b) =>
      parseFloat(a.slice(WORKSPACE_BACKUP_PREFIX.length)) -
      parseFloat(b.slice(WORKSPACE_BACKUP_PREFIX.length)),
  );
}

/** Copies unreadable saved data aside so nothing the user saved is destroyed. Returns its key. */
function keepAside(storage: Storage, raw: string): string | null {
  try {
    let key = `${WORKSPACE_BACKUP_PREFIX}${Date.now()}`;
    for (let n = 2; storage.getItem(key) !== null; n++)
      key = `${WORKSPACE_BACKUP_PREFIX}${Date.now()}-${n}`;
    storage.setItem(key, raw);
    const keys = backupKeys(storage);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_BACKUPS)))
      storage.removeItem(old);
    return key;
  } catch {
    return null;
  }
}

/**
 * The zustand `persist` storage for the draft. Differs from `createJSONStorage` in three ways, all
 * so that bad storage never crashes or blanks the app:
 * - reading runs `restoreWorkspace` (migrate + validate); unreadable data is copied aside under a backup
 *   key, removed from the main key and reported, and the app starts clean;
 * - writing re-reads storage first and merges (mergeWorkspaces), so another tab's assessments and
 *   edits that this tab has not heard of yet are kept; unreadable data found there is kept aside;
 *   one `setItem` writes the whole list, so a failed write leaves the last good list in place;
 * - writing catches quota and security errors and reports them instead of throwing out of `set`;
 * - a failing `localStorage` getter (blocked storage) is reported, not thrown.
 */
export function createWorkspaceStorage(
  getStorage: () => Storage,
  deps: RestoreDeps,
): PersistStorage<Workspace> {
  const report = useStorageStatus.setState;
  const storage = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      report({ saveError: SAVE_BLOCKED_MESSAGE });
      return null;
    }
  };

  const write = (target: Storage, name: string, value: StorageValue<Workspace>): void => {
    try {
      target.setItem(name, JSON.stringify(value));
      if (useStorageStatus.getState().saveError) report({ saveError: undefined });
    } catch (error) {
      report({ saveError: isQuotaError(error) ? SAVE_FULL_MESSAGE : SAVE_BLOCKED_MESSAGE });
    }
  };

  return {
    getItem(name) {
      const target = storage();
      if (!target) return null;
      let raw: string | null;
      try {
        raw = target.getItem(name);
      } catch {
        report({ saveError: SAVE_BLOCKED_MESSAGE });
        return null;
      }
      if (raw === null) return null;

      const result = restoreWorkspace(raw, deps);
      if (!result.ok) {
        const backupKey = keepAside(target, raw);
        try {
          target.removeItem(name);
        } catch {
          // Nothing more to do: the next save overwrites it.
        }
        report({
          recovered: {
            backupKey,
            outcome: 'discarded',
            reason: `${result.problem}: ${result.detail}`,
          },
        });
        return null;
      }
      const value: StorageValue<Workspace> = {
        state: result.workspace,
        version: WORKSPACE_VERSION,
      };
      if (result.dropped.length > 0) {
        const backupKey = keepAside(target, raw);
        report({
          recovered: {
            backupKey,
            outcome: 'partial',
            reason: `Left out: ${result.dropped.join(', ')}`,
          },
        });
      }
      // Store what was restored in the current format, so the old or damaged form is read only once.
      if (result.dropped.length > 0 || result.migratedFrom !== undefined)
        write(target, name, value);
      return value;
    },
    setItem(name, value) {
      const target = storage();
      if (!target) return;
      // Re-read before writing: another tab may have saved since this tab last heard of it.
      let raw: string | null = null;
      try {
        raw = target.getItem(name);
      } catch {
        // Unreadable now means unwritable too; `write` reports it.
      }
      let state = value.state;
      if (raw !== null) {
        const stored = restoreWorkspace(raw, deps);
        if (stored.ok) {
          const merged = mergeWorkspaces(state, stored.workspace);
          if (!sameWorkspace(merged, state)) state = merged;
        } else {
          // Never write over data this build cannot read (a newer build's, or damaged) unkept.
          const backupKey = keepAside(target, raw);
          report({
            recovered: {
              backupKey,
              outcome: 'discarded',
              reason: `${stored.problem}: ${stored.detail}`,
            },
          });
        }
      }
      write(target, name, { state, version: value.version });
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        // A draft we cannot remove is one we cannot read either; nothing to report.
      }
    },
  };
}
