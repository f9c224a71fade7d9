import { isStorageStatusLoaded } from '../store/storage-status-loaded';
import { loadResumeDraft } from '../features/landing';
import { hasSavedWorkspace } from '../store/workspace-key';
import { loadOnce } from '../ui/load-once';
import type { Route } from '../ui/routes';

/*
 * The code-split screens, each behind one cached loader. The app renders a screen with React's
 * `use()` on the loader's promise, so a screen whose module has already arrived renders at once,
 * without a Suspense fallback. main.tsx starts the current route's loader before the first render
 * and waits for it: the static shell painted from index.html stays on screen until the real
 * screen replaces it in one frame, with no "Loading…" in between.
 *
 * The landing page is not here: it is in the entry chunk, so the front door needs no second
 * request. Only its panel to resume saved work is split off (features/landing).
 */

// The open client's name in the header (current-client.tsx), on the screens that load the store.
export const loadCurrentClient = loadOnce(() => import('./current-client'));

/**
 * A screen that shows the open client's name in the header arrives with that name's code, so the
 * name and the screen appear in the same frame. A name arriving later pushed the page down by a
 * line on a phone, under a finger (or a test's click) about to choose an answer.
 */
function withClientName<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadCurrentClient()]).then(([screen]) => screen);
}

export const loadWizard = loadOnce(withClientName(() => import('../features/wizard')));
// The results feature carries the engine; the wizard never loads it.
export const loadResults = loadOnce(withClientName(() => import('../features/results')));
// A shared result is read-only: it needs the result view and the engine, never the what-if
// panel, assumption editing or notes (which bring the wizard's number fields and the quick check).
export const loadSharedResult = loadOnce(() => import('../features/results/shared-result-page'));
// The consultant workspace (saved assessments, compare) is its own chunk.
export const loadWorkspace = loadOnce(withClientName(() => import('../features/workspace')));
// The quick check form: its few questions and the catalogue, without the engine's heavier parts.
export const loadQuick = loadOnce(() => import('../features/quick'));
export const loadNotFound = loadOnce(() => import('./not-found'));
// The storage notice, wanted once the workspace store exists (see StorageNoticeOnceLoaded).
export const loadStorageNotice = loadOnce(() => import('./storage-notice'));

/** Starts loading what a route needs before it can show; resolves when it can render at once. */
export function preloadRoute(route: Route): Promise<unknown> {
  switch (route.name) {
    case 'wizard':
      return loadWizard();
    case 'results':
    case 'roles':
      return loadResults();
    case 'shared':
      return loadSharedResult();
    case 'quick':
      return loadQuick();
    case 'clients':
    case 'compare':
      return loadWorkspace();
    case 'not-found':
      return loadNotFound();
    case 'landing':
      // A returning visitor's landing page starts with the panel to resume their work.
      return hasSavedWorkspace() ? loadResumeDraft() : Promise.resolve();
  }
}

/**
 * What main.tsx waits for before the first render: the route's screen and, when that screen has
 * brought the workspace store, the storage notice, so a problem the store found while loading
 * shows with the screen.
 */
export function preloadFirstScreen(route: Route): Promise<unknown> {
  return preloadRoute(route).then(() =>
    isStorageStatusLoaded() ? loadStorageNotice() : undefined,
  );
}
