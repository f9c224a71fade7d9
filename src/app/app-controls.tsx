import { useCallback, useLayoutEffect, useState } from 'react';
import './app-controls.css';
import { usePreferencesStore } from '../store/preferences';
import { ShortcutsDialog } from './shortcuts-dialog';
import type { Shortcut } from './shortcuts';
import { useShortcuts } from './use-shortcuts';

/**
 * App-wide controls in the header: the presenter-view toggle and the keyboard shortcuts (the `?`
 * key or the button opens the list). Also says, politely, when a shortcut has nothing to act on.
 */
export function AppControls() {
  const presenter = usePreferencesStore((s) => s.presenter);
  const togglePresenter = usePreferencesStore((s) => s.togglePresenter);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  // The attribute drives the presenter styles; layout effect so a reload never flashes the
  // normal view first.
  useLayoutEffect(() => {
    document.documentElement.dataset.presenter = presenter ? 'on' : 'off';
  }, [presenter]);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  const toggle = useCallback(() => {
    togglePresenter();
    setAnnouncement(
      usePreferencesStore.getState().presenter ? 'Presenter view on' : 'Presenter view off',
    );
  }, [togglePresenter]);
  const unavailable = useCallback((shortcut: Shortcut) => {
    setAnnouncement(
      `“${shortcut.description}” is not available on this page${shortcut.where ? `; it works on: ${shortcut.where}` : ''}.`,
    );
  }, []);

  useShortcuts({ openHelp, togglePresenter: toggle, unavailable });

  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-pressed={presenter}
        onClick={toggle}
      >
        Presenter view
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={openHelp}
        aria-keyshortcuts="?"
      >
        Shortcuts
      </button>
      <ShortcutsDialog open={helpOpen} onClose={closeHelp} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
