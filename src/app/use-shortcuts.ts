import { useLayoutEffect } from 'react';
import { navigate } from '../ui/router';
import { takeEarlyKeys } from './early-keys';
import {
  activateMarkedElement,
  matchShortcut,
  pageStateNow,
  routeWorks,
  type KeyInput,
  type Shortcut,
} from './shortcuts';

export interface ShortcutHandlers {
  openHelp: () => void;
  togglePresenter: () => void;
  /** Called when a shortcut has nothing to act on here, so the app can say where it works. */
  unavailable: (shortcut: Shortcut) => void;
}

/** Listens for the shortcut keys on the whole document while mounted. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const { openHelp, togglePresenter, unavailable } = handlers;
  // Before paint: once the header's controls are on screen, their keys work.
  useLayoutEffect(() => {
    /** Does what the key asks; false when the key is not a shortcut here. */
    function run(input: KeyInput): boolean {
      const shortcut = matchShortcut(input);
      if (!shortcut) return false;
      const { action } = shortcut;
      switch (action.kind) {
        case 'help':
          openHelp();
          break;
        case 'presenter':
          togglePresenter();
          break;
        case 'route':
          if (!routeWorks(shortcut, pageStateNow())) {
            unavailable(shortcut);
            return false;
          }
          navigate(action.to);
          break;
        case 'element':
          if (!activateMarkedElement(document, action.name)) {
            unavailable(shortcut);
            return false;
          }
          break;
      }
      return true;
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat) return;
      // The key did its job; do not also type it (e.g. "/" opening a browser's quick find).
      if (run(event)) event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    // Keys pressed while this code was loading (see early-keys.ts) count as pressed now.
    for (const key of takeEarlyKeys()) {
      run({ key, ctrlKey: false, metaKey: false, altKey: false, target: document.activeElement });
    }
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openHelp, togglePresenter, unavailable]);
}
