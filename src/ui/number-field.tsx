import { useEffect, useRef, useState } from 'react';
import {
  numberInputText,
  unmistakableNumber,
  type DecimalMark,
  type NumberReading,
} from './parse-number';
import { TextField, type TextFieldProps } from './text-field';
import './number-field.css';

/** A soft, dismissible check on a plausible-looking but unusual value. It never blocks. */
export interface SoftCheck {
  /** Stable for the rule, so dismissing it sticks while the value stays the same. */
  id: string;
  /** "A close rate of 0.25% is unusual." */
  message: string;
  /** Why it is unusual, in a sentence. */
  why?: string;
  /** A one-click fix: the button label ("Use 25%") and the text it puts in the field. */
  fix?: { label: string; text: string };
  /** The label of the button that keeps the value ("Keep 0.25%"). */
  keepLabel: string;
}

export interface NumberFieldProps extends Omit<
  TextFieldProps,
  'input' | 'below' | 'describedBy' | 'autoComplete' | 'maxLength'
> {
  value: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  name?: string;
  /** A callback ref, e.g. react-hook-form's `field.ref` (so an error can focus the input). */
  inputRef?: (element: HTMLInputElement | null) => void;
  /** `parseNumber(value, …)`, computed by the caller so it can use it too. */
  reading: NumberReading;
  /** The value with its unit and currency, for the echo: "$30,000", "25%". */
  format: (value: number) => string;
  /** The decimal mark the context expects; fixes and the ambiguity buttons write with it. */
  decimal: DecimalMark;
  /** Whole numbers only: a phone shows the digit pad (unless `inputMode` says otherwise). */
  integer?: boolean;
  checks?: readonly SoftCheck[];
  /**
   * Why the form will refuse what was typed (an amount in another currency). It replaces the echo,
   * the question and the checks, which would speak of a value that cannot be kept, and shows once
   * the field is left, with an optional one-click way out.
   */
  mismatch?: { message: string; action?: { label: string; onClick: () => void } };
}

// Words for large amounts, only where they are exact: "30 thousand", "1.2 million".
const SCALES = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
] as const;

function inWords(value: number): string | null {
  for (const [scale, word] of SCALES) {
    const count = Math.abs(value) / scale;
    if (count >= 1 && Number.isInteger(Math.round(count * 1e6) / 1e4)) {
      return `${Number((value / scale).toFixed(2))} ${word}`;
    }
  }
  return null;
}

/**
 * What a reading means, said back to the user: "= $30,000 (30 thousand)". Null when there is no
 * single number to echo (blank, unreadable, or a question to answer first).
 */
export function echoText(
  reading: NumberReading,
  format: (value: number) => string,
  decimal: DecimalMark,
): string | null {
  if (reading.kind !== 'number') return null;
  const notes = [
    Math.abs(reading.value) >= 10_000 ? inWords(reading.value) : null,
    // Only a fraction written with the other mark sets this, so the typed mark is the other one.
    reading.otherDecimalMark ? `“${decimal === '.' ? ',' : '.'}” read as the decimal mark` : null,
  ].filter(Boolean);
  return `= ${format(reading.value)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

/**
 * The checks to show for `value`: none while it is being typed ("0.2" on the way to "0.25" is not
 * worth a warning), and none the user chose to keep for this very value.
 */
export function useSoftChecks(
  checks: readonly SoftCheck[],
  value: string,
  editing: boolean,
): { shown: SoftCheck[]; keep: (check: SoftCheck) => void } {
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  // Keyed by the value too: a kept 0.25% says nothing about a later 0.3%.
  const keyOf = (check: SoftCheck) => `${check.id}\u0000${value}`;
  return {
    shown: editing ? [] : checks.filter((check) => !kept.has(keyOf(check))),
    keep: (check) => setKept((current) => new Set(current).add(keyOf(check))),
  };
}

/** The id of a shown check's message, for the input's `aria-describedby`. */
export function softCheckId(fieldId: string, check: SoftCheck): string {
  return `${fieldId}-check-${check.id}`;
}

/**
 * Soft checks under a number input, each with its one-click fix and a button to keep the value.
 * `onFix` gets the text to put in the field; the caller also moves focus back to its input.
 */
export function SoftCheckList({
  id,
  checks,
  onFix,
  onKeep,
}: {
  /** The input's id. */
  id: string;
  checks: readonly SoftCheck[];
  onFix: (text: string) => void;
  onKeep: (check: SoftCheck) => void;
}) {
  return checks.map((check) => (
    <div
      key={check.id}
      className="soft-check"
      role="group"
      aria-labelledby={softCheckId(id, check)}
    >
      <p id={softCheckId(id, check)} className="soft-check-message">
        {check.message}
      </p>
      {check.why ? <p className="soft-check-why">{check.why}</p> : null}
      <div className="soft-check-buttons">
        {check.fix ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => check.fix && onFix(check.fix.text)}
          >
            {check.fix.label}
          </button>
        ) : null}
        <button type="button" className="button-link" onClick={() => onKeep(check)}>
          {check.keepLabel}
        </button>
      </div>
    </div>
  ));
}

/** Says `text` to screen readers once typing pauses, so each keystroke is not read out. */
function useCalmAnnouncement(text: string): string {
  const [said, setSaid] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSaid(text), 700);
    return () => clearTimeout(timer);
  }, [text]);
  return said;
}

/**
 * A number input that forgives what people type and says back what it read: "30k" echoes
 * "= $30,000 (30 thousand)". A value that could be read two ways asks, with both readings as
 * buttons; unusual values get soft checks with a one-click fix once the user leaves the field.
 * Controlled: give it `value` and `onChange` (react-hook-form's `useController` fits).
 */
export function NumberField(props: NumberFieldProps) {
  const { value, onChange, onBlur, name, inputRef, reading, format, decimal, mismatch } = props;
  const echoId = `${props.id}-echo`;
  const questionId = `${props.id}-question`;
  const mismatchId = `${props.id}-mismatch`;
  const ownInput = useRef<HTMLInputElement | null>(null);
  const [editing, setEditing] = useState(false);
  // Nothing is announced until the user types here: a step full of saved answers must not read
  // out every echo and check when it opens.
  const [typedHere, setTypedHere] = useState(false);

  const echo = mismatch ? null : echoText(reading, format, decimal);
  const asking = !mismatch && reading.kind === 'ambiguous';
  const { shown, keep } = useSoftChecks(mismatch ? [] : (props.checks ?? []), value, editing);
  const showMismatch = mismatch !== undefined && !editing;
  const affix = (n: number) =>
    `${props.prefix ?? ''}${unmistakableNumber(n, decimal)}${props.suffix === '%' ? '%' : ''}`;

  const announcement = useCalmAnnouncement(
    (typedHere
      ? [
          echo,
          showMismatch ? mismatch.message : null,
          asking && reading.kind === 'ambiguous'
            ? `Did you mean ${affix(reading.readings[0])} or ${affix(reading.readings[1])}?`
            : null,
          ...shown.map((check) => `${check.message} ${check.why ?? ''}`),
        ]
      : []
    )
      .filter(Boolean)
      .join(' '),
  );

  const replaceWith = (text: string) => {
    onChange(text);
    setEditing(false);
    ownInput.current?.focus();
  };

  const setRef = (element: HTMLInputElement | null) => {
    ownInput.current = element;
    // react-hook-form's field.ref is a function; an object ref is not supported here.
    inputRef?.(element);
  };

  return (
    <TextField
      {...props}
      inputMode={props.inputMode ?? (props.integer ? 'numeric' : 'decimal')}
      spellCheck={false}
      describedBy={[echo ? echoId : '', asking ? questionId : '', showMismatch ? mismatchId : '']}
      input={{
        name,
        value,
        ref: setRef,
        onChange: (event) => {
          setEditing(true);
          setTypedHere(true);
          onChange(event.currentTarget.value);
        },
        onBlur: () => {
          setEditing(false);
          onBlur?.();
        },
      }}
      below={
        <div className="number-feedback">
          {echo ? (
            <p id={echoId} className="number-echo">
              {echo}
            </p>
          ) : null}
          {asking && reading.kind === 'ambiguous' ? (
            <div className="number-question" role="group" aria-labelledby={questionId}>
              <p id={questionId} className="number-question-text">
                “{value.trim()}” can be read two ways. Did you mean:
              </p>
              <div className="number-question-buttons">
                {reading.readings.map((option) => (
                  <button
                    key={option}
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => replaceWith(numberInputText(option, decimal))}
                  >
                    {affix(option)}
                  </button>
                ))}
              </div>
            </div>
          ) : null}
          {showMismatch ? (
            <div className="soft-check number-mismatch" role="group" aria-labelledby={mismatchId}>
              <p id={mismatchId} className="soft-check-message">
                {mismatch.message}
              </p>
              {mismatch.action ? (
                <div className="soft-check-buttons">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => {
                      mismatch.action?.onClick();
                      // The button goes away once the mismatch is resolved; focus must not go with it.
                      ownInput.current?.focus();
                    }}
                  >
                    {mismatch.action.label}
                  </button>
                </div>
              ) : null}
            </div>
          ) : null}
          <SoftCheckList
            id={props.id}
            checks={shown}
            onFix={replaceWith}
            onKeep={(check) => {
              keep(check);
              ownInput.current?.focus();
            }}
          />
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
        </div>
      }
    />
  );
}
