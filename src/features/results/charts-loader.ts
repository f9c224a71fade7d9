import { useSyncExternalStore } from 'react';

/*
 * When the result charts (the recharts chunk, ~95 kB gzip) load. Normally when their section nears
 * the viewport; printing asks for them up front so the report has them even if nobody scrolled.
 */

export const loadChartsModule = () => import('./result-charts');

let requested = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks every charts section to render its charts now; resolves when the chunk has loaded. */
export async function requestCharts(): Promise<void> {
  if (!requested) {
    requested = true;
    for (const listener of listeners) listener();
  }
  await loadChartsModule();
}

/** Whether charts were asked for (print), regardless of scrolling. */
export function useChartsRequested(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => requested,
    () => false,
  );
}

// Ctrl+P / the browser's menu: start loading; charts that were never scrolled to may miss the
// first print, but their data tables are always printed.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => void requestCharts());
}
