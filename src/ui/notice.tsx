import type { ReactNode } from 'react';
import './notice.css';

/**
 * A message in a coloured box, with optional actions (buttons) and a Dismiss button. Presentational:
 * the caller decides when it shows and what the actions do.
 */
export function Notice({
  tone = 'info',
  children,
  actions,
  onDismiss,
}: {
  tone?: 'info' | 'warn' | 'bad';
  children: ReactNode;
  actions?: ReactNode;
  onDismiss?: () => void;
}) {
  const toneClass = tone === 'info' ? '' : ` notice-${tone}`;
  return (
    <div className={`notice notice-actions${toneClass}`}>
      <div className="notice-body">{children}</div>
      {actions || onDismiss ? (
        <div className="notice-buttons">
          {actions}
          {onDismiss ? (
            <button type="button" className="button-link" onClick={onDismiss}>
              Dismiss <span className="visually-hidden">this message</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
