import { useController, type Control } from 'react-hook-form';
import type { Answers, Currency, NumberQuestion, Question } from '../../domain';
import { activeOrEmpty, useWorkspaceStore, type RawFormValues } from '../../store';
import { Checkboxes, Radios } from '../../ui/choice-fields';
import type { InputBinding } from '../../ui/field-parts';
import { TextField } from '../../ui/text-field';
import { NumberAnswerField } from './number-answer-field';

/** The id of a question's input (its first radio or checkbox for groups); error links target it. */
export function fieldIdFor(key: string): string {
  return `q-${key}`;
}

export interface QuestionFieldProps {
  question: Question;
  input: InputBinding;
  /** The step form's control: number questions are controlled, to echo and check as typed. */
  control: Control<RawFormValues, unknown, Partial<Answers>>;
  error?: string;
  /** The currency chosen so far on this form, for the symbol beside amounts. */
  currency?: Currency;
  /** Chooses another currency on this form; absent where the form does not ask for one. */
  onCurrencyChange?: (currency: Currency) => void;
}

interface NumberQuestionFieldProps {
  question: NumberQuestion;
  control: Control<RawFormValues, unknown, Partial<Answers>>;
  error?: string;
  currency?: Currency;
  onCurrencyChange?: (currency: Currency) => void;
}

/** A number question bound to the step form. */
function NumberQuestionField({
  question,
  control,
  error,
  currency,
  onCurrencyChange,
}: NumberQuestionFieldProps) {
  const { field } = useController({ name: question.id, control });
  const saved = useWorkspaceStore((state) => activeOrEmpty(state).answers.currency);
  return (
    <NumberAnswerField
      id={fieldIdFor(question.id)}
      question={question}
      currency={currency ?? saved}
      error={error}
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      onCurrencyChange={onCurrencyChange}
    />
  );
}

/** Renders one catalogue question with the right control for its kind. */
export function QuestionField({
  question,
  input,
  control,
  error,
  currency,
  onCurrencyChange,
}: QuestionFieldProps) {
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
          onCurrencyChange={onCurrencyChange}
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
