import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';

/** The list of keyboard shortcuts, in a native modal dialog (focus trap and Escape come built in). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
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
      <p>Shortcuts work when you are not typing in a field. Press Escape to close this list.</p>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
            <th scope="col">Where</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.key}>
              <td>
                <kbd>{shortcut.key}</kbd>
              </td>
              <td>{shortcut.description}</td>
              <td>{shortcut.where ?? 'Anywhere'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
