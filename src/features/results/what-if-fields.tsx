import { useRef, useState } from 'react';
import {
  answerSchema,
  currencySymbol,
  formatAnswer,
  questionFor,
  type Answers,
  type NumberQuestion,
  type WhatIfKey,
} from '../../domain';
import {
  CURRENCY_DECIMAL_MARK,
  numberInputText,
  parseNumber,
  type NumberReading,
} from '../../ui/parse-number';
import { SoftCheckList, softCheckId, useSoftChecks } from '../../ui/number-field';
import { plausibilityChecks } from '../wizard';

export type WhatIfChange = <K extends WhatIfKey>(key: K, value: Answers[K]) => void;

const UNIT_SUFFIX: Record<NumberQuestion['unit'], string> = {
  count: '',
  people: 'people',
  'per-month': 'a month',
  percent: '%',
  days: 'days',
  'hours-per-week': 'hours a week',
  months: 'months',
  currency: '',
};

interface FieldProps<K extends WhatIfKey> {
  id: string;
  field: K;
  /** The saved answers ("was"). */
  answers: Answers;
  /** The answers with the what-if applied ("now"). */
  effective: Answers;
  onChange: WhatIfChange;
  onRevert: (key: WhatIfKey) => void;
  /** ×2 and ½ buttons (volumes and time). */
  presets?: boolean;
  shortcut?: string;
}

type Parsed = { ok: true; value: number } | { ok: false; message: string };

function readNumber(key: WhatIfKey, reading: NumberReading, currency: Answers['currency']): Parsed {
  const label = questionFor(key).shortLabel;
  switch (reading.kind) {
    case 'empty':
      return { ok: false, message: `Enter a number for “${label}”` };
    case 'ambiguous':
      return {
        ok: false,
        message: `This reads as ${reading.readings[0]} or ${reading.readings[1]}; type it without separators`,
      };
    case 'too-large':
    case 'invalid':
      return { ok: false, message: `Enter one number for “${label}”` };
    case 'number': {
      if (reading.currency && reading.currency !== currency)
        return { ok: false, message: `Amounts here are in ${currency}` };
      const result = answerSchema(key).safeParse(reading.value);
      return result.success && typeof result.data === 'number'
        ? { ok: true, value: result.data }
        : { ok: false, message: result.error?.issues[0]?.message ?? 'Enter a valid number' };
    }
  }
}

/** A number answer: typed forgivingly ("30k", "$30,000", "25%"), echoed, with its unit and presets. */
export function WhatIfNumber<K extends WhatIfKey>(props: FieldProps<K>) {
  const { id, field, answers, effective, onChange, onRevert, presets, shortcut } = props;
  const question = questionFor(field) as NumberQuestion;
  const currency = effective.currency;
  const decimal = CURRENCY_DECIMAL_MARK[currency];
  const current = effective[field] as number;
  const [draft, setDraft] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const options = {
    decimal,
    integer: question.integer,
    min: question.min,
    max: question.max,
    ...(question.unit === 'currency' ? { currency, multipliers: true } : {}),
    ...(question.unit === 'percent' ? { unitWords: ['%', 'percent'] } : {}),
  };
  const reading = draft === null ? null : parseNumber(draft, options);
  const parsed = reading === null ? null : readNumber(field, reading, currency);
  const error = parsed && !parsed.ok ? parsed.message : null;
  const changed = JSON.stringify(answers[field]) !== JSON.stringify(current);
  // The wizard's soft checks, on what-if values only: a saved unusual answer was already kept there.
  const { shown, keep } = useSoftChecks(
    changed && !error ? plausibilityChecks(field, current, currency) : [],
    String(current),
    editing,
  );
  const prefix = question.unit === 'currency' ? currencySymbol(currency) : '';
  const suffix = UNIT_SUFFIX[question.unit];
  const apply = (value: number) => {
    const rounded = question.integer ? Math.round(value) : Math.round(value * 100) / 100;
    const clamped = Math.min(question.max, Math.max(question.min, rounded));
    setDraft(null);
    onChange(field, clamped as Answers[K]);
  };
  const describedBy = [
    error ? `${id}-error` : null,
    changed ? `${id}-was` : null,
    `${id}-echo`,
    ...shown.map((check) => softCheckId(id, check)),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={changed ? 'what-if-field what-if-changed' : 'what-if-field'}>
      <label htmlFor={id}>{question.shortLabel}</label>
      <div className="what-if-input">
        <span className="input-affix">
          {prefix && <span className="affix">{prefix}</span>}
          <input
            ref={input}
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={draft ?? numberInputText(current, decimal)}
            data-shortcut={shortcut}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setDraft(text);
              setEditing(true);
              const result = readNumber(field, parseNumber(text, options), currency);
              if (result.ok) onChange(field, result.value as Answers[K]);
            }}
            onBlur={() => {
              setEditing(false);
              if (parsed?.ok) setDraft(null);
            }}
          />
          {suffix && <span className="affix">{suffix}</span>}
        </span>
        {presets && (
          <span className="presets presenter-keep">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => apply(current / 2)}
              aria-label={`Halve ${question.shortLabel.toLowerCase()}`}
            >
              ½
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => apply(current * 2)}
              aria-label={`Double ${question.shortLabel.toLowerCase()}`}
            >
              ×2
            </button>
          </span>
        )}
      </div>
      <p className="field-hint what-if-echo" id={`${id}-echo`}>
        {reading?.kind === 'number' && parsed?.ok ? `= ${formatAnswer(field, effective)}` : ''}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}. The result shows the last valid value.
        </p>
      )}
      <SoftCheckList
        id={id}
        checks={shown}
        onFix={(text) => {
          const result = readNumber(field, parseNumber(text, options), currency);
          if (result.ok) onChange(field, result.value as Answers[K]);
          setDraft(null);
          input.current?.focus();
        }}
        onKeep={(check) => {
          keep(check);
          input.current?.focus();
        }}
      />
      <p className="visually-hidden" aria-live="polite">
        {shown.map((check) => `${check.message} ${check.why ?? ''}`).join(' ')}
      </p>
      <WasNote
        id={`${id}-was`}
        field={field}
        answers={answers}
        effective={effective}
        changed={changed}
        onRevert={() => {
          setDraft(null);
          onRevert(field);
        }}
      />
    </div>
  );
}

/** A choice, yes/no or several-choice answer, as a select or checkboxes. */
export function WhatIfChoice<K extends WhatIfKey>(props: FieldProps<K>) {
  const { id, field, answers, effective, onChange, onRevert } = props;
  const question = questionFor(field);
  const changed = JSON.stringify(answers[field]) !== JSON.stringify(effective[field]);
  const className = changed ? 'what-if-field what-if-changed' : 'what-if-field';
  const was = (
    <WasNote
      id={`${id}-was`}
      field={field}
      answers={answers}
      effective={effective}
      changed={changed}
      onRevert={() => onRevert(field)}
    />
  );

  if (question.kind === 'multi') {
    const chosen = (effective[field] as readonly string[]) ?? [];
    return (
      <fieldset
        className={`${className} what-if-multi`}
        aria-describedby={changed ? `${id}-was` : undefined}
      >
        <legend>{question.shortLabel}</legend>
        {question.options.map((option) => (
          <label key={option.value} className="what-if-check">
            <input
              type="checkbox"
              checked={chosen.includes(option.value)}
              onChange={(event) => {
                const next = event.currentTarget.checked
                  ? [...chosen, option.value]
                  : chosen.filter((value) => value !== option.value);
                const ordered = question.options
                  .map((o) => o.value)
                  .filter((v) => next.includes(v));
                onChange(field, ordered as Answers[K]);
              }}
            />
            {option.label}
          </label>
        ))}
        {was}
      </fieldset>
    );
  }

  const options =
    question.kind === 'yes-no'
      ? [
          { value: 'true', label: 'Yes' },
          { value: 'false', label: 'No' },
        ]
      : question.kind === 'choice'
        ? question.options
        : [];
  return (
    <div className={className}>
      <label htmlFor={id}>{question.shortLabel}</label>
      <select
        id={id}
        value={String(effective[field])}
        aria-describedby={changed ? `${id}-was` : undefined}
        onChange={(event) => {
          const text = event.currentTarget.value;
          onChange(field, (question.kind === 'yes-no' ? text === 'true' : text) as Answers[K]);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {was}
    </div>
  );
}

function WasNote({
  id,
  field,
  answers,
  effective,
  changed,
  onRevert,
}: {
  id: string;
  field: WhatIfKey;
  answers: Answers;
  effective: Answers;
  changed: boolean;
  onRevert: () => void;
}) {
  if (!changed) return null;
  return (
    <p className="changed-note" id={id}>
      <span className="changed-badge">What-if</span> was {formatAnswer(field, answers)} → now{' '}
      {formatAnswer(field, effective)}{' '}
      <button type="button" className="button-link presenter-hide" onClick={onRevert}>
        Revert <span className="visually-hidden">{questionFor(field).shortLabel}</span>
      </button>
    </p>
  );
}
