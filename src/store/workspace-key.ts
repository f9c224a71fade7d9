/*
 * The saved workspace's storage keys, in a module with no imports so the landing page can check for
 * saved work without pulling zod and the store into its chunk. The key values are part of the saved
 * format (docs/decisions/004): never change them, even though the constants' names have.
 */

/** localStorage key of the saved workspace (assessments, the open one, deletions, format version). */
export const WORKSPACE_KEY = 'hire-ready:draft';

/** Prefix of the keys that keep unreadable saved data aside: `hire-ready:draft:backup:<n>`. */
export const WORKSPACE_BACKUP_PREFIX = `${WORKSPACE_KEY}:backup:`;

/**
 * Whether this browser holds a saved workspace, without reading or validating it. Never throws:
 * storage that cannot be read (blocked cookies, some private modes) counts as none.
 */
export function hasSavedWorkspace(): boolean {
  try {
    return window.localStorage.getItem(WORKSPACE_KEY) !== null;
  } catch {
    return false;
  }
}
