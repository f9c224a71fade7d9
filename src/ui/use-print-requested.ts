import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/*
 * Whether the browser is about to print (or has printed). Parts of a page that are rendered only
 * on demand (closed sections, the plan and its chart before anyone scrolls to them) render then,
 * so the printed report is complete. A `beforeprint` listener's update is flushed in the microtask
 * after it, before the browser lays the page out for print.
 */

let requested = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function markRequested() {
  if (requested) return;
  requested = true;
  for (const listener of listeners) listener();
}

/**
 * Prints the page, with everything rendered on demand rendered first (synchronously, so the print
 * never catches a half-built page even where a browser fires no beforeprint).
 */
export function printWhole(): void {
  flushSync(markRequested);
  window.print();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', markRequested);
  // Print media without a beforeprint event (print preview tools, emulated print media): the
  // report must still be complete.
  const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  if (print?.matches) requested = true;
  print?.addEventListener?.('change', (event) => {
    if (event.matches) markRequested();
  });
}

export function usePrintRequested(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => requested,
    () => false,
  );
}
