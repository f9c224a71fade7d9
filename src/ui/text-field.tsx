import type { HTMLAttributes, ReactNode } from 'react';
import { describedBy, ErrorMessage, fieldIds, Hints, type InputBinding } from './field-parts';

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A second hint line, e.g. typical values. */
  extra?: ReactNode;
  error?: string;
  /** Shown before the input, e.g. a currency symbol. */
  prefix?: string;
  /** Shown after the input, e.g. "days" or "%". */
  suffix?: string;
  /** The unit in words for screen readers ("in US dollars", "percent"), read with the input. */
  unitSpoken?: string;
  /** Input width: `short` fits about 6 characters, `medium` about 12, `long` the full column. */
  width?: 'short' | 'medium' | 'long';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  maxLength?: number;
  spellCheck?: boolean;
  /** Shown right under the input, inside the field (e.g. a number's echo and checks). */
  below?: ReactNode;
  /** Ids of elements in `below` that describe the input. */
  describedBy?: readonly string[];
  /** Shown under the input (e.g. a "How to estimate" disclosure). */
  after?: ReactNode;
  /** A form library's binding, or `value` with handlers for a controlled input. */
  input: InputBinding & { value?: string };
}

/**
 * A labelled text input with hint, inline error and optional unit. Numbers use it too (with
 * `inputMode`), as GOV.UK advises: `type="number"` would wipe what the user typed ("abc", "1,5")
 * instead of letting us say what is wrong with it.
 */
export function TextField(props: TextFieldProps) {
  const {
    id,
    label,
    hint,
    extra,
    error,
    prefix,
    suffix,
    unitSpoken,
    width = 'long',
    below,
    after,
    input,
  } = props;
  const ids = fieldIds(id);
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <label className="question-label" htmlFor={id}>
        {label}
      </label>
      <Hints id={id} hint={hint} extra={extra} />
      {error ? <ErrorMessage id={ids.error}>{error}</ErrorMessage> : null}
      <div className="input-wrapper">
        {prefix ? (
          <span className="input-affix input-prefix" aria-hidden="true">
            {prefix}
          </span>
        ) : null}
        <input
          id={id}
          type="text"
          className={`input input-${width}${prefix ? ' input-has-prefix' : ''}${suffix ? ' input-has-suffix' : ''}${error ? ' input-error' : ''}`}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          maxLength={props.maxLength}
          spellCheck={props.spellCheck}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(
            hint && ids.hint,
            extra && ids.extra,
            unitSpoken && ids.unit,
            error && ids.error,
            ...(props.describedBy ?? []),
          )}
          {...input}
        />
        {suffix ? (
          <span className="input-affix input-suffix" aria-hidden="true">
            {suffix}
          </span>
        ) : null}
        {unitSpoken ? (
          <span id={ids.unit} className="visually-hidden">
            {unitSpoken}
          </span>
        ) : null}
      </div>
      {below}
      {after}
    </div>
  );
}
