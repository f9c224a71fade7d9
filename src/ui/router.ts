import { useSyncExternalStore } from 'react';
import { pathTo, type RouteTarget } from './routes';

/**
 * Routing lives in the URL fragment (`#/assess/deals`) so the built app works from any folder of any
 * static host with no server rewrites, reloads land on the same screen, and the browser's Back and
 * Forward buttons move between screens. Share links also use the fragment (`#s/...`), so their data
 * is never sent to a server.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash === '' ? '/' : hash;
}

/** The current route: the fragment without its leading `#` (`/` when empty). */
export function useRoutePath(): string {
  return useSyncExternalStore(subscribe, readPath, () => '/');
}

/** Moves to a screen, adding a history entry unless `replace` is set. */
export function navigate(to: RouteTarget, options: { replace?: boolean } = {}): void {
  const path = pathTo(to);
  const target = `#${path}`;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', target);
    // replaceState does not fire hashchange; tell subscribers ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = path;
  }
}

/** The href of a screen, for `<a>` elements. */
export function hrefFor(to: RouteTarget): string {
  return `#${pathTo(to)}`;
}
