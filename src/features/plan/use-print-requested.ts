import { useSyncExternalStore } from 'react';

/*
 * Whether the browser is about to print (or has printed): the plan's chart then loads even if
 * nobody scrolled to it, so the report has it. Its data table is printed in any case.
 */

let requested = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    requested = true;
    for (const listener of listeners) listener();
  });
}

export function usePrintRequested(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => requested,
    () => false,
  );
}
