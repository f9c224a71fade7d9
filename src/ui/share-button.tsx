import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from './icons';

export interface ShareData {
  title: string;
  text: string;
  url: string;
}

interface ShareButtonProps {
  label: string;
  /** Called on click, so the link is always current. */
  getData: () => ShareData;
  /** Shown next to the button after copying, e.g. "Link copied". */
  copiedMessage: string;
  shortcut?: string;
}

const CLIPBOARD_TIMEOUT_MS = 3000;

type State =
  { kind: 'idle' } | { kind: 'shared' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * Share with the system's share sheet where the browser has one (phones, most laptops' Safari and
 * Edge), otherwise copy the link and say so right next to the button. If the clipboard refuses too,
 * the link is shown selected in a field to copy by hand: the action never fails silently.
 */
export function ShareButton({ label, getData, copiedMessage, shortcut }: ShareButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'manual') fieldRef.current?.select();
  }, [state]);

  async function share() {
    const data = getData();
    if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        setState({ kind: 'shared' });
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to say. Anything else: fall back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await Promise.race([
        navigator.clipboard.writeText(data.url),
        new Promise((_, reject) =>
          window.setTimeout(() => reject(new Error('Clipboard timed out')), CLIPBOARD_TIMEOUT_MS),
        ),
      ]);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url: data.url });
    }
  }

  return (
    <div className="share-group">
      <button
        type="button"
        className="button"
        data-shortcut={shortcut}
        onClick={() => void share()}
      >
        <Icon name="share" />
        {label}
      </button>
      <p role="status" className={state.kind === 'idle' ? 'visually-hidden' : 'share-status'}>
        {state.kind === 'copied' && (
          <>
            <Icon name="check" size={18} />
            {copiedMessage}
          </>
        )}
        {state.kind === 'shared' && (
          <>
            <Icon name="check" size={18} />
            Shared.
          </>
        )}
        {state.kind === 'manual' && 'Your browser did not let us copy. Copy the link below.'}
      </p>
      {state.kind === 'manual' && (
        <div className="copy-fallback">
          <label htmlFor={fieldId}>Link to this result</label>
          <input
            id={fieldId}
            ref={fieldRef}
            type="text"
            readOnly
            value={state.url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
