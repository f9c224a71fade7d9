import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, fieldIds, Hints, type InputBinding } from './field-parts';

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface ChoiceGroupProps {
  /**
   * The id of the first input (an error summary links here); the others get `<id>-<value>`. Also the
   * base for the group's hint and error ids.
   */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  extra?: ReactNode;
  error?: string;
  items: readonly ChoiceItem[];
  /** Side by side when there is room (yes/no). */
  inline?: boolean;
  input: InputBinding;
}

function ChoiceGroup({ type, ...props }: ChoiceGroupProps & { type: 'radio' | 'checkbox' }) {
  const { id, legend, hint, extra, error, items, inline, input } = props;
  const ids = fieldIds(id);
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <fieldset
        className="fieldset"
        aria-describedby={describedBy(hint && ids.hint, extra && ids.extra, error && ids.error)}
      >
        <legend className="question-label">{legend}</legend>
        <Hints id={id} hint={hint} extra={extra} />
        {error ? <ErrorMessage id={ids.error}>{error}</ErrorMessage> : null}
        <div className={`choices choices-${type}${inline ? ' choices-inline' : ''}`}>
          {items.map((item, index) => {
            const inputId = index === 0 ? id : `${id}-${item.value}`;
            const hintId = `${inputId}-item-hint`;
            return (
              <div className="choice" key={item.value}>
                <input
                  id={inputId}
                  type={type}
                  className="choice-input"
                  value={item.value}
                  aria-describedby={item.hint ? hintId : undefined}
                  {...input}
                />
                {/* The hint sits outside the label so it is read as a description, not as
                    part of the option's name. */}
                <div className="choice-text">
                  <label className="choice-label" htmlFor={inputId}>
                    {item.label}
                  </label>
                  {item.hint ? (
                    <span id={hintId} className="choice-hint">
                      {item.hint}
                    </span>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One answer from a list: a fieldset with a legend, large radio targets, hint and inline error. */
export function Radios(props: ChoiceGroupProps) {
  return <ChoiceGroup type="radio" {...props} />;
}

/** Any number of answers from a list ("Select all that apply"). */
export function Checkboxes(props: ChoiceGroupProps) {
  return <ChoiceGroup type="checkbox" {...props} />;
}
