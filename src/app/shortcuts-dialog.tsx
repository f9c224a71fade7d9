import { useEffect, useRef, useState } from 'react';
import { pageStateNow, routeWorks, SHORTCUTS, type PageState, type Shortcut } from './shortcuts';

/**
 * The shortcuts that do something on the page as it is now: route keys unless they would open an
 * assessment there is none of (or leave a shared result for one); keys that act on an element only
 * when the page has one marked for them (a closed section's toggle counts).
 */
export function shortcutsHere(root: ParentNode, state: PageState): Shortcut[] {
  return SHORTCUTS.filter((shortcut) =>
    shortcut.action.kind === 'element'
      ? root.querySelector(`[data-shortcut="${shortcut.action.name}"]`) !== null
      : routeWorks(shortcut, state),
  );
}

/** The list of keyboard shortcuts, in a native modal dialog (focus trap and Escape come built in). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read from the page when the dialog opens (the page behind it does not change while it is open).
  const [here, setHere] = useState<Shortcut[]>(() => [...SHORTCUTS]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setHere(shortcutsHere(document, pageStateNow()));
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="shortcuts-dialog-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="button button-secondary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      <p>
        The keys that work on this page, when you are not typing in a field. Press Escape to close
        this list.
      </p>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {here.map((shortcut) => (
            <tr key={shortcut.key}>
              <td>
                <kbd>{shortcut.key}</kbd>
              </td>
              <td>{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
