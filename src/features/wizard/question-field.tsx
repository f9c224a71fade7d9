import { useController, type Control } from 'react-hook-form';
import {
  currencyName,
  currencySymbol,
  type Answers,
  type Currency,
  type NumberQuestion,
  type NumberUnit,
  type Question,
} from '../../domain';
import { activeOrEmpty, useWorkspaceStore, type RawFormValues } from '../../store';
import { Checkboxes, Radios } from '../../ui/choice-fields';
import { HelpDetails, type InputBinding } from '../../ui/field-parts';
import { NumberField } from '../../ui/number-field';
import { TextField, type TextFieldProps } from '../../ui/text-field';
import { decimalMarkFor, formatNumberAnswer, readNumber } from './number-input';
import { plausibilityChecks } from './plausibility';

/** The id of a question's input (its first radio or checkbox for groups); error links target it. */
export function fieldIdFor(key: string): string {
  return `q-${key}`;
}

const UNIT_WORDS: Record<
  Exclude<NumberUnit, 'currency' | 'count'>,
  { suffix: string; spoken: string }
> = {
  'per-month': { suffix: 'a month', spoken: 'a month' },
  percent: { suffix: '%', spoken: 'percent' },
  days: { suffix: 'days', spoken: 'days' },
  'hours-per-week': { suffix: 'hours a week', spoken: 'hours a week' },
  months: { suffix: 'months', spoken: 'months' },
  people: { suffix: 'people', spoken: 'people' },
};

function unitProps(
  question: NumberQuestion,
  currency: Currency | undefined,
): Partial<TextFieldProps> {
  if (question.unit === 'currency') {
    return currency
      ? { prefix: currencySymbol(currency), unitSpoken: `in ${currencyName(currency)}` }
      : {};
  }
  if (question.unit === 'count') return {};
  return UNIT_WORDS[question.unit];
}

export interface QuestionFieldProps {
  question: Question;
  input: InputBinding;
  /** The step form's control: number questions are controlled, to echo and check as typed. */
  control: Control<RawFormValues, unknown, Partial<Answers>>;
  error?: string;
  /** The currency chosen so far on this form, for the symbol beside amounts. */
  currency?: Currency;
}

interface NumberQuestionFieldProps {
  question: NumberQuestion;
  control: Control<RawFormValues, unknown, Partial<Answers>>;
  error?: string;
  currency?: Currency;
}

/**
 * A number question: forgiving entry with an echo in the company's currency, a question when the
 * text reads two ways, and soft plausibility checks (see plausibility.ts).
 */
function NumberQuestionField({ question, control, error, currency }: NumberQuestionFieldProps) {
  const { field } = useController({ name: question.id, control });
  const saved = useWorkspaceStore((state) => activeOrEmpty(state).answers.currency);
  const inCurrency = currency ?? saved;
  const text = typeof field.value === 'string' ? field.value : '';
  const reading = readNumber(question, text, inCurrency);
  const wrongCurrency =
    reading.kind === 'number' && reading.currency && inCurrency && reading.currency !== inCurrency;
  return (
    <NumberField
      id={fieldIdFor(question.id)}
      label={question.label}
      hint={question.help}
      extra={question.typical}
      error={error}
      name={field.name}
      value={text}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      reading={reading}
      // An amount typed in another currency echoes in that one; Continue then says it does not match.
      format={formatNumberAnswer(
        question,
        reading.kind === 'number' && reading.currency ? reading.currency : inCurrency,
      )}
      decimal={decimalMarkFor(inCurrency)}
      integer={question.integer}
      // Amounts take "30k" and "$", which a phone's number pad cannot type.
      inputMode={question.unit === 'currency' ? 'text' : undefined}
      checks={
        reading.kind === 'number' && !wrongCurrency
          ? plausibilityChecks(question.id, reading.value, inCurrency)
          : []
      }
      width={question.max >= 10_000 ? 'medium' : 'short'}
      {...unitProps(question, inCurrency)}
      after={
        question.estimate ? (
          <HelpDetails summary="How to estimate this">{<p>{question.estimate}</p>}</HelpDetails>
        ) : null
      }
    />
  );
}

/** Renders one catalogue question with the right control for its kind. */
export function QuestionField({ question, input, control, error, currency }: QuestionFieldProps) {
  const id = fieldIdFor(question.id);
  switch (question.kind) {
    case 'text':
      return (
        <TextField
          id={id}
          label={question.label}
          hint={question.help}
          error={error}
          maxLength={question.maxLength}
          autoComplete="organization"
          input={input}
        />
      );
    case 'number':
      return (
        <NumberQuestionField
          question={question}
          control={control}
          error={error}
          currency={currency}
        />
      );
    case 'choice':
      return (
        <Radios
          id={id}
          legend={question.label}
          hint={question.help}
          error={error}
          items={question.options}
          input={input}
        />
      );
    case 'multi':
      return (
        <Checkboxes
          id={id}
          legend={question.label}
          hint={question.help}
          error={error}
          items={question.options}
          input={input}
        />
      );
    case 'yes-no':
      return (
        <Radios
          id={id}
          legend={question.label}
          hint={question.help}
          error={error}
          inline
          items={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          input={input}
        />
      );
  }
}
