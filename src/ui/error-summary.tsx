import { useEffect, useRef } from 'react';
import './forms.css';

export interface ErrorSummaryItem {
  /** The id of the input to focus (the first radio or checkbox of a group). */
  fieldId: string;
  message: string;
}

/** Focuses a field and brings its question (label or legend) into view, as GOV.UK does. */
export function focusField(fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  field.focus({ preventScroll: true });
  const group = field.closest('.form-group') ?? field;
  if (typeof group.scrollIntoView === 'function') group.scrollIntoView({ block: 'start' });
}

/**
 * The GOV.UK error summary: at the top of the page, announced (role="alert") and focused when it
 * appears, with a link to each field in error. Mount it afresh (a new `key`) on each failed submit
 * so focus moves to it again.
 */
export function ErrorSummary({
  items,
  title = 'There is a problem',
}: {
  items: readonly ErrorSummaryItem[];
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
    >
      <h2 id="error-summary-title" className="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary-list">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                // The URL fragment is the router here, so following `#field` would change screen.
                event.preventDefault();
                focusField(item.fieldId);
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
