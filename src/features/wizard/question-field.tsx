import {
  currencyName,
  currencySymbol,
  type Currency,
  type NumberQuestion,
  type NumberUnit,
  type Question,
} from '../../domain';
import { Checkboxes, Radios } from '../../ui/choice-fields';
import { HelpDetails, type InputBinding } from '../../ui/field-parts';
import { TextField, type TextFieldProps } from '../../ui/text-field';

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
  error?: string;
  /** The currency chosen so far on this form, for the symbol beside amounts. */
  currency?: Currency;
}

/** Renders one catalogue question with the right control for its kind. */
export function QuestionField({ question, input, error, currency }: QuestionFieldProps) {
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
        <TextField
          id={id}
          label={question.label}
          hint={question.help}
          extra={question.typical}
          error={error}
          inputMode={question.integer && question.min >= 0 ? 'numeric' : 'decimal'}
          spellCheck={false}
          width={question.max >= 10_000 ? 'medium' : 'short'}
          {...unitProps(question, currency)}
          after={
            question.estimate ? (
              <HelpDetails summary="How to estimate this">{<p>{question.estimate}</p>}</HelpDetails>
            ) : null
          }
          input={input}
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
