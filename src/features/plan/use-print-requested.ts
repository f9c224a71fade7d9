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

function markRequested() {
  if (requested) return;
  requested = true;
  for (const listener of listeners) listener();
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
