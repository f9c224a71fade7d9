import { useState } from 'react';
import {
  CURRENCIES,
  currencyName,
  currencySymbol,
  type AnswerKey,
  type Currency,
} from '../../domain';
import { fillAssumed, QUICK_QUESTION_KEYS, QUICK_QUESTIONS } from '../../domain/quick';
import { useWorkspaceStore } from '../../store';
import { BackLink } from '../../ui/back-link';
import { Icon } from '../../ui/icons';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/error-summary';
import { hrefFor, navigate } from '../../ui/router';
import { usePageHeading } from '../../ui/use-page-heading';
import { QuickField, quickFieldId } from './quick-field';
import { currencyForLanguage, isFilled, readQuickForm, type QuickRaw } from './quick-form-values';
import './quick.css';

const KEYS: readonly AnswerKey[] = QUICK_QUESTIONS.map((q) => q.key);
// The answers a quick check fills with typical values: all that can be assumed, less those it asks.
const FILLED_COUNT = fillAssumed({}).assumed.filter(
  (key) => !QUICK_QUESTION_KEYS.includes(key),
).length;

function browserLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/**
 * `#/quick`: the quick check. The questions that settle the answer for most companies on one
 * screen (a laptop) or one scrolling page (a phone), with a progress line; the other answers are
 * filled with typical values, saved as assumed, and the result page says which could change it.
 */
export function QuickCheckPage() {
  const heading = usePageHeading('Quick check – Hire Ready');
  const createAssessment = useWorkspaceStore((s) => s.createAssessment);
  const [raw, setRaw] = useState<QuickRaw>({});
  const [currency, setCurrency] = useState<Currency>(() => currencyForLanguage(browserLanguage()));
  const [errors, setErrors] = useState<Partial<Record<AnswerKey, string>>>({});
  const [attempt, setAttempt] = useState(0);

  const answered = KEYS.filter((key) => isFilled(raw, key)).length;
  const set = (key: AnswerKey) => (text: string) => setRaw((r) => ({ ...r, [key]: text }));

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const read = readQuickForm(raw, KEYS, currency);
    setErrors(read.errors);
    if (Object.keys(read.errors).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const { answers, assumed } = fillAssumed(read.answers);
    createAssessment({ answers, assumptions: {}, assumed });
    navigate({ name: 'results' });
  };

  const errorItems: ErrorSummaryItem[] = KEYS.flatMap((key) => {
    const message = errors[key];
    return message ? [{ fieldId: quickFieldId(key), message }] : [];
  });

  return (
    <div className="quick-check">
      <BackLink href={hrefFor({ name: 'landing' })} />
      {errorItems.length > 0 ? <ErrorSummary key={attempt} items={errorItems} /> : null}
      <h1 ref={heading} tabIndex={-1}>
        Quick check
      </h1>
      <div className="quick-progress" aria-live="polite">
        <span>
          {answered} of {KEYS.length} answered
        </span>
        <progress max={KEYS.length} value={answered} aria-label="Questions answered" />
      </div>
      <p className="quick-intro">
        The {KEYS.length} questions that settle most answers. The other {FILLED_COUNT} get typical
        values, and the result shows which of them could still change it.
      </p>
      <form className="quick-form" noValidate onSubmit={onSubmit}>
        <div className="quick-grid">
          {QUICK_QUESTIONS.map(({ key }) => (
            <div key={key} className="quick-cell">
              <QuickField
                questionKey={key}
                value={raw[key] ?? ''}
                onChange={set(key)}
                currency={currency}
                error={errors[key]}
                onCurrencyChange={setCurrency}
                aside={
                  key === 'acv' ? (
                    <CurrencyChoice currency={currency} onChange={setCurrency} />
                  ) : undefined
                }
              />
            </div>
          ))}
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            See my quick answer
            <Icon name="arrowRight" />
          </button>
          <p className="form-actions-note">
            Saved in this browser. You can answer the remaining questions later without retyping.
          </p>
        </div>
      </form>
    </div>
  );
}

function CurrencyChoice({
  currency,
  onChange,
}: {
  currency: Currency;
  onChange: (currency: Currency) => void;
}) {
  return (
    <fieldset className="quick-currency">
      <legend>
        Currency<span className="visually-hidden"> you price in</span>
      </legend>
      {CURRENCIES.map((c) => (
        <label key={c} className="quick-currency-option">
          <input
            type="radio"
            name="currency"
            value={c}
            checked={currency === c}
            onChange={() => onChange(c)}
          />
          <span aria-hidden="true">{currencySymbol(c)}</span>
          <span className="visually-hidden">{currencyName(c)}</span>
        </label>
      ))}
    </fieldset>
  );
}
