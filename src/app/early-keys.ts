import { isTypingTarget } from '../ui/keyboard';

/*
 * The header's controls (and with them the shortcut keys) load just after the first screen. A key
 * pressed, or a stand-in button clicked, in that moment is kept here and handed to the shortcuts
 * when they arrive, so a consultant who presses `p` as the page appears still gets presenter view.
 * Lives in the entry chunk and knows nothing of the shortcut table: the shortcuts decide what a
 * kept key means.
 */

let pending: string[] = [];
let listening = false;

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.repeat) return;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (isTypingTarget(event.target)) return;
  if (event.key.length !== 1) return;
  pending.push(event.key);
}

/** Starts keeping key presses until the shortcuts take them. */
export function keepEarlyKeys(doc: Document = document): void {
  if (listening) return;
  listening = true;
  doc.addEventListener('keydown', onKeyDown);
}

/** Keeps a key on behalf of a stand-in control clicked before the real one loaded. */
export function keepEarlyKey(key: string): void {
  pending.push(key);
}

/** The keys kept so far, oldest first; stops keeping more (the shortcuts listen from now on). */
export function takeEarlyKeys(doc: Document = document): string[] {
  if (listening) doc.removeEventListener('keydown', onKeyDown);
  listening = false;
  const keys = pending;
  pending = [];
  return keys;
}
