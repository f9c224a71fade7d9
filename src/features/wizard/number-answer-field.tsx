import { currencyName, currencySymbol, type Currency, type NumberQuestion } from '../../domain';
import { HelpDetails } from '../../ui/field-parts';
import { NumberField, type NumberFieldProps } from '../../ui/number-field';
import type { NumberReading } from '../../ui/parse-number';
import type { TextFieldProps } from '../../ui/text-field';
import {
  currencyMismatch,
  decimalMarkFor,
  formatNumberAnswer,
  readNumber,
  unitShown,
} from './number-input';
import { plausibilityChecks } from './plausibility';

function unitProps(
  question: NumberQuestion,
  currency: Currency | undefined,
): Partial<TextFieldProps> {
  if (question.unit === 'currency') {
    return currency
      ? { prefix: currencySymbol(currency), unitSpoken: `in ${currencyName(currency)}` }
      : {};
  }
  return unitShown(question.unit);
}

/**
 * The catalogue's typical values for an amount name no currency ("Under 5,000 …"). They come from
 * US surveys (DOMAIN.md: KBCM 2019 ACV bands), so they are marked as US dollars, in a way that
 * stays clear when the company prices in another currency.
 */
function typicalWithCurrency(typical: string | undefined, currency: Currency | undefined) {
  const mark = currency === undefined || currency === 'USD' ? '$' : 'US$';
  return typical?.replace(/\b\d{1,3}(?:,\d{3})+\b/g, (amount) => `${mark}${amount}`);
}

/**
 * NumberField's `mismatch` for an amount typed in another currency than the assessment's, with a
 * switch when the same form asks for the currency. Shared with the quick check, so both forms say
 * it the same way and at the same moment.
 */
export function currencyMismatchProp(
  reading: NumberReading,
  currency: Currency | undefined,
  onCurrencyChange: ((currency: Currency) => void) | undefined,
): NumberFieldProps['mismatch'] {
  const mismatch = currencyMismatch(reading, currency, onCurrencyChange !== undefined);
  if (!mismatch) return undefined;
  if (!onCurrencyChange) return { message: mismatch.message };
  return {
    message: mismatch.message,
    action: { label: mismatch.switchLabel, onClick: () => onCurrencyChange(mismatch.typed) },
  };
}

export interface NumberAnswerFieldProps extends Pick<
  NumberFieldProps,
  'id' | 'value' | 'onChange' | 'onBlur' | 'name' | 'inputRef' | 'error'
> {
  question: NumberQuestion;
  /** The company's currency: the symbol beside amounts, the echo, and how numbers are written. */
  currency: Currency | undefined;
  /** Defaults to the question as asked; the what-if panel may pass its short label. */
  label?: string;
  /** Leave out the help, typical values and "How to estimate this" (compact panels). */
  compact?: boolean;
  /**
   * Switches the form's currency, where the currency is asked on the same form: an amount typed in
   * another currency then offers to switch to it instead of only saying it does not match.
   */
  onCurrencyChange?: (currency: Currency) => void;
}

/**
 * A number answer, controlled: forgiving entry with an echo in the company's currency, a question
 * when the text reads two ways, and soft plausibility checks (see plausibility.ts). The wizard binds
 * it to its form; the what-if panel can hold `value` in state and save `readNumber(…)`'s value.
 */
export function NumberAnswerField(props: NumberAnswerFieldProps) {
  const { question, currency: inCurrency, value: text, compact = false } = props;
  const reading = readNumber(question, text, inCurrency);
  return (
    <NumberField
      id={props.id}
      label={props.label ?? question.label}
      hint={compact ? undefined : question.help}
      extra={
        compact
          ? undefined
          : question.unit === 'currency'
            ? typicalWithCurrency(question.typical, inCurrency)
            : question.typical
      }
      error={props.error}
      name={props.name}
      value={text}
      onChange={props.onChange}
      onBlur={props.onBlur}
      inputRef={props.inputRef}
      reading={reading}
      format={formatNumberAnswer(
        question,
        reading.kind === 'number' && reading.currency ? reading.currency : inCurrency,
      )}
      mismatch={currencyMismatchProp(reading, inCurrency, props.onCurrencyChange)}
      decimal={decimalMarkFor(inCurrency)}
      integer={question.integer}
      // Amounts take "30k" and "$", which a phone's number pad cannot type.
      inputMode={question.unit === 'currency' ? 'text' : undefined}
      checks={
        reading.kind === 'number' ? plausibilityChecks(question.id, reading.value, inCurrency) : []
      }
      width={question.max >= 10_000 ? 'medium' : 'short'}
      {...unitProps(question, inCurrency)}
      after={
        question.estimate && !compact ? (
          <HelpDetails summary="How to estimate this">{<p>{question.estimate}</p>}</HelpDetails>
        ) : null
      }
    />
  );
}
