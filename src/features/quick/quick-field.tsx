import type { ReactNode } from 'react';
import {
  currencyName,
  currencySymbol,
  questionFor,
  type AnswerKey,
  type Currency,
  type NumberQuestion,
} from '../../domain';
import { Radios } from '../../ui/choice-fields';
import { NumberField } from '../../ui/number-field';
import {
  currencyMismatchProp,
  decimalMarkFor,
  formatNumberAnswer,
  plausibilityChecks,
  readNumber,
} from '../wizard';
import { QUICK_PICKS } from './quick-picks';

/** The input id of a quick question (its first radio for a group); error links target it. */
export function quickFieldId(key: AnswerKey): string {
  return `quick-${key}`;
}

const SUFFIX: Partial<Record<NumberQuestion['unit'], { suffix: string; unitSpoken: string }>> = {
  'per-month': { suffix: 'a month', unitSpoken: 'a month' },
  percent: { suffix: '%', unitSpoken: 'percent' },
  days: { suffix: 'days', unitSpoken: 'days' },
  'hours-per-week': { suffix: 'hours a week', unitSpoken: 'hours a week' },
  months: { suffix: 'months', unitSpoken: 'months' },
  people: { suffix: 'people', unitSpoken: 'people' },
};

export interface QuickFieldProps {
  questionKey: AnswerKey;
  value: string;
  onChange: (text: string) => void;
  currency: Currency;
  error?: string;
  /** Shown beside the input where the common answers would be (the deal size's currency). */
  aside?: ReactNode;
  /** Switches the form's currency: an amount typed in another currency then offers it. */
  onCurrencyChange?: (currency: Currency) => void;
}

/**
 * One quick-check question: a number read as forgivingly as in the wizard, with one-tap common
 * answers under it, or a choice. Help text is the catalogue's own, shorter than the wizard's page.
 */
export function QuickField({
  questionKey,
  value: text,
  onChange,
  currency,
  error,
  aside,
  onCurrencyChange,
}: QuickFieldProps) {
  const question = questionFor(questionKey);
  const id = quickFieldId(questionKey);
  if (question.kind === 'number') {
    const reading = readNumber(question, text, currency);
    const picks = QUICK_PICKS[questionKey] ?? [];
    const unit =
      question.unit === 'currency'
        ? { prefix: currencySymbol(currency), unitSpoken: `in ${currencyName(currency)}` }
        : (SUFFIX[question.unit] ?? {});
    return (
      <div
        className={`quick-question quick-number${picks.length > 0 || aside ? ' quick-has-aside' : ''}`}
      >
        <NumberField
          id={id}
          label={question.label}
          error={error}
          name={questionKey}
          value={text}
          onChange={onChange}
          reading={reading}
          format={formatNumberAnswer(question, currency)}
          // Submitting refuses an amount in another currency, so the field says so on leaving it.
          mismatch={currencyMismatchProp(reading, currency, onCurrencyChange)}
          decimal={decimalMarkFor(currency)}
          integer={question.integer}
          inputMode={question.unit === 'currency' ? 'text' : undefined}
          checks={
            reading.kind === 'number'
              ? plausibilityChecks(questionKey, reading.value, currency)
              : []
          }
          width={question.max >= 10_000 ? 'medium' : 'short'}
          {...unit}
        />
        {picks.length > 0 ? (
          <div
            className="quick-picks"
            role="group"
            aria-label={`Common answers: ${question.shortLabel}`}
          >
            {picks.map((pick) => (
              <button
                key={pick.value}
                type="button"
                className="quick-pick"
                aria-pressed={reading.kind === 'number' && reading.value === pick.value}
                onClick={() => onChange(String(pick.value))}
              >
                {pick.label}
              </button>
            ))}
          </div>
        ) : null}
        {aside}
      </div>
    );
  }
  const items =
    question.kind === 'yes-no'
      ? [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]
      : question.kind === 'choice'
        ? // Labels only: the options' hints are for the wizard's roomier page.
          question.options.map(({ value, label }) => ({ value, label }))
        : [];
  return (
    <div className="quick-question quick-choice">
      <Radios
        id={id}
        legend={question.label}
        error={error}
        inline={question.kind === 'yes-no'}
        items={items}
        input={{ name: questionKey, onChange: (event) => onChange(event.currentTarget.value) }}
      />
    </div>
  );
}
