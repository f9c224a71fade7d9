import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import './forms.css';

/**
 * What a form library hands an input (react-hook-form's `register()` result fits): name, change and
 * blur handlers, and a ref. The primitives spread it onto their inputs and know nothing else about
 * the library.
 */
export type InputBinding = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'onChange' | 'onBlur'
> & {
  ref?: Ref<HTMLInputElement>;
};

/** The ids of a field's parts, derived from the input's id so labels and descriptions line up. */
export function fieldIds(id: string) {
  return { hint: `${id}-hint`, extra: `${id}-extra`, error: `${id}-error`, unit: `${id}-unit` };
}

/**
 * Joins the ids that exist into an aria-describedby value (undefined when none). Takes `cond && id`
 * expressions, so anything but a non-empty string is skipped.
 */
export function describedBy(...ids: unknown[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">Error: </span>
      {children}
    </p>
  );
}

/**
 * Hint text under a label or legend: the plain-word help, then an optional second line (typical
 * values), each with its own id for aria-describedby.
 */
export function Hints({ id, hint, extra }: { id: string; hint?: ReactNode; extra?: ReactNode }) {
  const ids = fieldIds(id);
  return (
    <>
      {hint ? (
        <p id={ids.hint} className="hint">
          {hint}
        </p>
      ) : null}
      {extra ? (
        <p id={ids.extra} className="hint hint-extra">
          {extra}
        </p>
      ) : null}
    </>
  );
}

/** A "How to estimate this" disclosure under a question. */
export function HelpDetails({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="help-details">
      <summary>{summary}</summary>
      <div className="help-details-body">{children}</div>
    </details>
  );
}
