import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { mergeWorkspaces, sameWorkspace } from './merge-workspace';
import { restoreWorkspace } from './restore-workspace';
import { SAVE_BLOCKED_MESSAGE, SAVE_FULL_MESSAGE, useStorageStatus } from './storage-status';
import { WORKSPACE_BACKUP_PREFIX } from './workspace-key';
import {
  WORKSPACE_VERSION,
  type RestoreDeps,
  type SavedAssessment,
  type Workspace,
} from './workspace-model';

/** How many unreadable copies to keep aside; older copies are removed so backups cannot fill storage. */
const MAX_BACKUPS = 3;

/**
 * Saved text longer than this (about 100 assessments) is written after typing pauses rather than on
 * every change: serialising and writing megabytes on each notes keystroke costs more than a frame.
 */
const DEFER_WRITES_ABOVE = 100_000;
/** How long writes of a large workspace wait for a pause. */
const DEFER_MS = 400;

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

/** Copies unreadable saved data aside. Returns its key, or null when the copy could not be made. */
function keepAside(storage: Storage, raw: string, now: number): string | null {
  try {
    let key = `${WORKSPACE_BACKUP_PREFIX}${now}`;
    for (let n = 2; storage.getItem(key) !== null; n++)
      key = `${WORKSPACE_BACKUP_PREFIX}${now}-${n}`;
    storage.setItem(key, raw);
    // Only once the new copy is safely written may the oldest go.
    const keys = backupKeys(storage);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_BACKUPS)))
      storage.removeItem(old);
    return key;
  } catch {
    return null;
  }
}

/**
 * Each assessment's JSON, by object. Assessments are immutable (every change makes a new object),
 * so a save serialises only the ones that changed and joins the rest from here: with 2,000 saved,
 * typing notes into one re-serialises one assessment, not megabytes.
 */
const assessmentJson = new WeakMap<SavedAssessment, string>();

function jsonOf(assessment: SavedAssessment): string {
  let text = assessmentJson.get(assessment);
  if (text === undefined) {
    text = JSON.stringify(assessment);
    assessmentJson.set(assessment, text);
  }
  return text;
}

/** Exactly `JSON.stringify(value)` (same keys, same order), reusing each unchanged assessment's text. */
export function serializeWorkspace(value: StorageValue<Workspace>): string {
  const { assessments, activeId, deleted, ...rest } = value.state;
  // Anything beyond the three known fields: take the plain path rather than guess its place.
  if (
    Object.keys(rest).length > 0 ||
    Object.keys(value).some((k) => k !== 'state' && k !== 'version')
  )
    return JSON.stringify(value);
  const list = assessments.map(jsonOf).join(',');
  const state = `{"assessments":[${list}],"activeId":${JSON.stringify(activeId)},"deleted":${JSON.stringify(deleted)}}`;
  return value.version === undefined
    ? `{"state":${state}}`
    : `{"state":${state},"version":${JSON.stringify(value.version)}}`;
}

export interface WorkspaceStorage extends PersistStorage<Workspace> {
  /** Writes a deferred save now (page hidden, tests). */
  flush: () => void;
}

/**
 * The zustand `persist` storage for the workspace. Bad storage never crashes or blanks the app, and
 * nothing saved is destroyed unless a copy of it was written first:
 * - reading runs `restoreWorkspace` (migrate + validate). Unreadable data is copied aside under a
 *   backup key and only then removed; when the copy fails (storage full), the data is left exactly
 *   as it is and this tab runs without saving (`readOnly`). Either way the text is offered for
 *   download and the notice says what happened;
 * - writing re-reads storage first and merges (mergeWorkspaces) when another tab wrote since, so
 *   its assessments are kept; one `setItem` writes the whole list, so a failed write leaves the last
 *   good list in place. What this tab itself wrote is not re-validated: it is validated on load;
 * - writes of a large workspace wait for a pause in typing (and are flushed when the page hides);
 * - quota and security errors are reported, never thrown out of `set`.
 */
export function createWorkspaceStorage(
  getStorage: () => Storage,
  deps: RestoreDeps,
): WorkspaceStorage {
  const report = useStorageStatus.setState;
  /** Storage's text as this tab last read or wrote it: equal text needs no re-read and merge. */
  let known: string | null = null;
  let lastLength = 0;
  let pending: { name: string; value: StorageValue<Workspace> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const storage = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      report({ saveError: SAVE_BLOCKED_MESSAGE });
      return null;
    }
  };

  /** Never overwrites or removes `raw` unless a copy was written; false when this tab must not save. */
  const setAside = (
    target: Storage,
    raw: string,
    outcome: 'partial' | 'discarded',
    reason: string,
  ) => {
    const backupKey = keepAside(target, raw, deps.now());
    report({
      recovered: { backupKey, outcome, reason },
      original: raw,
      ...(backupKey === null ? { readOnly: true } : {}),
    });
    return backupKey !== null;
  };

  const write = (target: Storage, name: string, value: StorageValue<Workspace>): void => {
    if (useStorageStatus.getState().readOnly) return;
    try {
      const text = serializeWorkspace(value);
      target.setItem(name, text);
      known = text;
      lastLength = text.length;
      if (useStorageStatus.getState().saveError) report({ saveError: undefined });
    } catch (error) {
      report({ saveError: isQuotaError(error) ? SAVE_FULL_MESSAGE : SAVE_BLOCKED_MESSAGE });
    }
  };

  const save = (name: string, value: StorageValue<Workspace>): void => {
    if (useStorageStatus.getState().readOnly) return;
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
    if (raw !== null && raw !== known) {
      const stored = restoreWorkspace(raw, deps);
      // Partly readable (another tab or a hand wrote values this build drops): copy it first.
      if (
        stored.ok &&
        stored.dropped.length > 0 &&
        !setAside(target, raw, 'partial', `Left out: ${stored.dropped.join(', ')}`)
      )
        return;
      if (stored.ok) {
        const merged = mergeWorkspaces(state, stored.workspace);
        if (!sameWorkspace(merged, state)) state = merged;
      } else if (!setAside(target, raw, 'discarded', `${stored.problem}: ${stored.detail}`)) {
        return;
      }
    }
    write(target, name, { state, version: value.version });
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const next = pending;
    pending = null;
    if (next) save(next.name, next.value);
  };

  if (typeof window !== 'undefined' && typeof document !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    flush,
    getItem(name) {
      // This tab's own unsaved change goes in first, so a re-read (another tab wrote) merges it.
      flush();
      const target = storage();
      if (!target) return null;
      let raw: string | null;
      try {
        raw = target.getItem(name);
      } catch {
        report({ saveError: SAVE_BLOCKED_MESSAGE });
        return null;
      }
      known = raw;
      if (raw === null) return null;
      lastLength = raw.length;

      const result = restoreWorkspace(raw, deps);
      if (!result.ok) {
        // Removed only once a copy is safe; otherwise left as is and this tab stops saving.
        if (setAside(target, raw, 'discarded', `${result.problem}: ${result.detail}`)) {
          try {
            target.removeItem(name);
            known = null;
          } catch {
            // Still there and still unreadable: the next save copies it aside again first.
          }
        }
        return null;
      }
      const value: StorageValue<Workspace> = {
        state: result.workspace,
        version: WORKSPACE_VERSION,
      };
      if (result.dropped.length > 0) {
        const kept = setAside(target, raw, 'partial', `Left out: ${result.dropped.join(', ')}`);
        if (kept) write(target, name, value);
      } else if (result.migratedFrom !== undefined) {
        // Store it in the current format, so the old form is read only once.
        write(target, name, value);
      }
      return value;
    },
    setItem(name, value) {
      if (lastLength > DEFER_WRITES_ABOVE) {
        pending = { name, value };
        clearTimeout(timer);
        timer = setTimeout(flush, DEFER_MS);
        return;
      }
      pending = null;
      save(name, value);
    },
    removeItem(name) {
      pending = null;
      try {
        storage()?.removeItem(name);
        known = null;
      } catch {
        // Data we cannot remove is data we cannot read either; nothing to report.
      }
    },
  };
}
