import { useLayoutEffect } from 'react';
import { navigate } from '../ui/router';
import { activateMarkedElement, matchShortcut, type Shortcut } from './shortcuts';

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
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat) return;
      const shortcut = matchShortcut(event);
      if (!shortcut) return;
      const { action } = shortcut;
      switch (action.kind) {
        case 'help':
          openHelp();
          break;
        case 'presenter':
          togglePresenter();
          break;
        case 'route':
          navigate(action.path);
          break;
        case 'element':
          if (!activateMarkedElement(document, action.name)) {
            unavailable(shortcut);
            return;
          }
          break;
      }
      // The key did its job; do not also type it (e.g. "/" opening a browser's quick find).
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openHelp, togglePresenter, unavailable]);
}
