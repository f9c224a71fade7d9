/** A promise React's `use()` can read synchronously once it has settled. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * Wraps a code-split import so it starts once and is shared: every caller gets the same promise,
 * marked with its outcome the way React's `use()` reads it, so a module that has arrived renders at
 * once, without a Suspense fallback. A failed load (offline, or files replaced by a deploy) is
 * forgotten, so a later call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Tracked<T> | undefined;
  return () => {
    if (!promise) {
      const started: Tracked<T> = load();
      started.then(
        (value) => {
          started.status = 'fulfilled';
          started.value = value;
        },
        (reason: unknown) => {
          started.status = 'rejected';
          started.reason = reason;
          promise = undefined;
        },
      );
      promise = started;
    }
    return promise;
  };
}
