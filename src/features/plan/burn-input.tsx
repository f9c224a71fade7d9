import { useId, useState, type FormEvent } from 'react';
import type { Currency } from '../../domain';
import { currencyName } from '../../domain';

interface BurnInputProps {
  currency: Currency;
  onSave: (value: number) => void;
}

const MAX_BURN = 100_000_000;

/** Asks for the monthly net burn right in the plan; a bad value stays in the field with a message. */
export function BurnInput({ currency, onSave }: BurnInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim().replaceAll(',', '');
    const value = Number(trimmed);
    if (trimmed === '') return setError('Enter your monthly net burn');
    if (!Number.isFinite(value)) return setError('Enter your monthly net burn as a number');
    if (value < 0 || value > MAX_BURN)
      return setError(`Enter a monthly net burn between 0 and ${MAX_BURN.toLocaleString('en-US')}`);
    setError(null);
    onSave(value);
  }

  return (
    <form className="plan-burn no-print" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-burn`}>Monthly net burn ({currencyName(currency)})</label>
      <p className="plan-hint" id={`${id}-hint`}>
        What your cash goes down by in a typical month today, before this hire.
      </p>
      <div className="plan-burn-row">
        <input
          id={`${id}-burn`}
          className="input input-compact"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" className="button button-secondary">
          Use this burn
        </button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </form>
  );
}
