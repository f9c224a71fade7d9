import { useEffect, useId, useRef, useState } from 'react';
import './copy-button.css';

export interface CopyButtonProps {
  /** The button's text, e.g. "Copy link". */
  label: string;
  /** Called on click, so the text is always current (e.g. a URL built from the latest state). */
  getText: () => string;
  /** Announced and shown after a successful copy, e.g. "Link copied". */
  copiedMessage: string;
  /** Label of the read-only field shown when the clipboard is not available. */
  fallbackLabel: string;
  className?: string;
  /** A keyboard shortcut's name (`data-shortcut`), for the app's shortcut handler to click. */
  shortcut?: string;
}

const CLIPBOARD_TIMEOUT_MS = 3000;

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string };

/**
 * A button that copies text to the clipboard and says so in a live region. When the Clipboard API
 * is missing (insecure context, old browser) or the browser refuses, it shows the text in a selected,
 * read-only field instead, so the person can still copy it by hand: the action never fails silently.
 */
export function CopyButton({
  label,
  getText,
  copiedMessage,
  fallbackLabel,
  className,
  shortcut,
}: CopyButtonProps) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'manual') fieldRef.current?.select();
  }, [state]);

  async function copy() {
    const text = getText();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      // A browser that neither copies nor refuses (a pending permission prompt) must not leave the
      // person waiting: after a few seconds, offer the text to copy by hand.
      await Promise.race([
        navigator.clipboard.writeText(text),
        new Promise((_, reject) =>
          window.setTimeout(() => reject(new Error('Clipboard timed out')), CLIPBOARD_TIMEOUT_MS),
        ),
      ]);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', text });
    }
  }

  return (
    <div className="copy-button">
      <button
        type="button"
        className={className ?? 'button'}
        data-shortcut={shortcut}
        onClick={() => void copy()}
      >
        {label}
      </button>
      <p role="status" className={state.kind === 'idle' ? 'visually-hidden' : 'copy-status'}>
        {state.kind === 'copied' && (
          <>
            <span aria-hidden="true">✓ </span>
            {copiedMessage}
          </>
        )}
        {state.kind === 'manual' &&
          'Your browser did not let us copy automatically. Select the text below and copy it.'}
      </p>
      {state.kind === 'manual' && (
        <div className="copy-fallback">
          <label htmlFor={fieldId}>{fallbackLabel}</label>
          <input
            id={fieldId}
            ref={fieldRef}
            type="text"
            readOnly
            value={state.text}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
