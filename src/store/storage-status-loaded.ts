/*
 * Whether the storage status store exists yet. It is created with the workspace store, the only
 * code that can report a storage problem, so the app shell loads its storage notice only once this
 * says so: a first visit to the landing page, which never loads the store, does not download it.
 * No imports, so the shell's entry chunk stays small.
 */

let loaded = false;
const listeners = new Set<() => void>();

/** Called once by storage-status.ts when it is first evaluated. */
export function markStorageStatusLoaded(): void {
  if (loaded) return;
  loaded = true;
  // From a copy: a listener may unsubscribe and subscribe again while it runs, and a Set's
  // iterator would then visit it again, forever.
  const toTell = Array.from(listeners);
  for (const listener of toTell) listener();
}

export function isStorageStatusLoaded(): boolean {
  return loaded;
}

/** For useSyncExternalStore: calls `listener` when the status store has been created. */
export function subscribeStorageStatusLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
