import type { AnswerKey, Answers, Currency } from './schema';
import { formatAmount, formatNumber, plural } from '../format';
import { questionFor, type NumberUnit } from './questions';

/*
 * How answers read back to the user, the same everywhere they are quoted (Check your answers, the
 * result's answer list, the what-if panel, compare): units in words, option labels rather than
 * codes, amounts in the chosen currency. One fixed locale so every machine says the same thing.
 */

/**
 * What an assessment is called wherever it is named: the saved list, the header's "Open:", the
 * verdict card and a shared link. A quick check asks no company name, so without one every place
 * says the same "Untitled assessment" instead of each inventing its own stand-in.
 */
export function assessmentTitle(answers: Pick<Partial<Answers>, 'companyName'>): string {
  return answers.companyName?.trim() || 'Untitled assessment';
}

/** The currency in words, from the catalogue's option label: "US dollars ($)" → "US dollars". */
export function currencyName(currency: Currency): string {
  const question = questionFor('currency');
  const option =
    question.kind === 'choice' ? question.options.find((o) => o.value === currency) : undefined;
  return option ? option.label.replace(/\s*\(.*\)$/, '') : currency;
}

/** A number with the unit its question asks in: "45 days", "25%", "$24,000". */
export function formatQuantity(value: number, unit: NumberUnit, currency?: Currency): string {
  switch (unit) {
    case 'currency':
      return currency ? formatAmount(value, currency) : formatNumber(value, 2);
    case 'percent':
      return `${formatNumber(value, 2)}%`;
    case 'days':
      return plural(value, 'day', 'days', 2);
    case 'hours-per-week':
      return `${plural(value, 'hour', 'hours', 2)} a week`;
    case 'months':
      return plural(value, 'month', 'months', 2);
    case 'per-month':
      return `${formatNumber(value, 2)} a month`;
    case 'people':
      return plural(value, 'person', 'people', 2);
    case 'count':
      return formatNumber(value, 2);
  }
}

/** An answer as the user would say it, or "Not answered" when there is none yet. */
export function formatAnswer(key: AnswerKey, answers: Partial<Answers>): string {
  const question = questionFor(key);
  const value: unknown = answers[key];
  if (value === undefined) return 'Not answered';
  switch (question.kind) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? value : 'Not given';
    case 'number':
      return typeof value === 'number'
        ? formatQuantity(value, question.unit, answers.currency)
        : 'Not answered';
    case 'choice':
      return question.options.find((option) => option.value === value)?.label ?? String(value);
    case 'multi': {
      const chosen = Array.isArray(value)
        ? question.options.filter((option) => value.includes(option.value))
        : [];
      return chosen.length > 0 ? chosen.map((option) => option.label).join(', ') : 'None of these';
    }
    case 'yes-no':
      return value === true ? 'Yes' : 'No';
  }
}

// ---------------------------------------------------------------------------------------------
// Phrases for the engine's sentences: every label for an answer code, once.
// ---------------------------------------------------------------------------------------------

/** The label of a choice answer, as the wizard shows it ("A written playbook"). */
export function optionLabel(key: AnswerKey, value: string): string {
  const question = questionFor(key);
  if (question.kind !== 'choice' && question.kind !== 'multi') return value;
  return question.options.find((option) => option.value === value)?.label ?? value;
}

export const PROFILE_WORDS = {
  transactional: 'transactional',
  'mid-market': 'mid-market',
  enterprise: 'enterprise',
} as const;

/** What each profile of closer does, for the first mention. */
export const PROFILE_MEANING = {
  transactional: 'sells small deals quickly, often in one or two calls',
  'mid-market': 'runs a consultative process over a few weeks with a handful of buyers',
  enterprise: 'runs long deals with many people on the buying side',
} as const;

export const REGION_WORDS = {
  us: 'the US',
  uk: 'the UK',
  'eu-west': 'western or northern Europe',
  'eu-south-east': 'southern or eastern Europe',
  other: 'your region',
} as const;

/** Terms explained where first used. */
export const TERMS = {
  ae: 'account executive (AE: the closer who runs deals to signature)',
  sdr: 'SDR (sales development rep: books first meetings for closers)',
  ote: 'on-target earnings (OTE: base pay plus commission at 100% of quota)',
  quota: 'quota (the new business a seller is expected to close in a year)',
  ramp: 'ramp (the months before a new hire sells at full speed)',
} as const;
