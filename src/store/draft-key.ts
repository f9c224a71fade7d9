/*
 * The saved draft's storage keys, in a module with no imports so the landing page can check for a
 * saved draft without pulling zod and the store into its chunk. The keys are part of the saved
 * format (docs/decisions): never rename them.
 */

/** localStorage key of the saved draft (answers, step, changed assumptions, format version). */
export const DRAFT_KEY = 'hire-ready:draft';

/** Prefix of the keys that keep unreadable saved drafts aside: `hire-ready:draft:backup:<n>`. */
export const DRAFT_BACKUP_PREFIX = `${DRAFT_KEY}:backup:`;

/**
 * Whether this browser holds a saved draft, without reading or validating it. Never throws: storage
 * that cannot be read (blocked cookies, some private modes) counts as no draft.
 */
export function hasSavedDraft(): boolean {
  try {
    return window.localStorage.getItem(DRAFT_KEY) !== null;
  } catch {
    return false;
  }
}
