import {
  answerSchema,
  CURRENCIES,
  questionFor,
  type AnswerKey,
  type Answers,
  type Currency,
  type NumberQuestion,
} from '../../domain';
import { numberError, readNumber } from '../wizard';

/*
 * The quick check's form values: what each input holds (text, as typed or picked) and how it
 * becomes an answer. Numbers are read exactly as the wizard reads them (same parser, same
 * messages); every rule about valid values stays in answersSchema.
 */

export type QuickRaw = Partial<Record<AnswerKey, string>>;

/** The currency a browser's language suggests; the user sees it and can change it. */
export function currencyForLanguage(language: string | undefined): Currency {
  const lang = (language ?? '').toLowerCase();
  if (lang === 'en-gb' || lang.endsWith('-gb')) return 'GBP';
  if (/^(de|fr|nl|es|it|pt|fi|el|sk|sl|et|lv|lt|mt|ga)\b/.test(lang)) return 'EUR';
  if (/-(de|fr|nl|es|it|pt|at|be|ie|fi|gr|sk|si|ee|lv|lt|lu|mt|cy)$/.test(lang)) return 'EUR';
  return 'USD';
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** Whether a field holds something (for the progress line). */
export function isFilled(raw: QuickRaw, key: AnswerKey): boolean {
  return (raw[key] ?? '').trim() !== '';
}

function asSchemaInput(key: AnswerKey, text: string, currency: Currency): unknown {
  const question = questionFor(key);
  switch (question.kind) {
    case 'number': {
      const reading = readNumber(question, text, currency);
      if (reading.kind === 'empty') return undefined;
      if (reading.kind !== 'number') return Number.NaN;
      // An amount typed with another currency's sign is not this currency's amount.
      if (reading.currency && reading.currency !== currency) return Number.NaN;
      return reading.value;
    }
    case 'yes-no':
      return text === 'yes' ? true : text === 'no' ? false : undefined;
    default:
      return text === '' ? undefined : text;
  }
}

/**
 * Reads the quick form: the answers given, or a message per field that needs another look. Every
 * asked question must be answered (a quick check with gaps would be mostly assumptions).
 */
export function readQuickForm(
  raw: QuickRaw,
  keys: readonly AnswerKey[],
  currency: Currency,
): { answers: Partial<Answers>; errors: Partial<Record<AnswerKey, string>> } {
  const answers: Record<string, unknown> = { currency };
  const errors: Partial<Record<AnswerKey, string>> = {};
  for (const key of keys) {
    if (key === 'currency') continue;
    const text = raw[key] ?? '';
    const parsed = answerSchema(key).safeParse(asSchemaInput(key, text, currency));
    if (parsed.success) {
      answers[key] = parsed.data;
      continue;
    }
    const issue = parsed.error.issues[0];
    const question = questionFor(key);
    const message = issue?.message ?? `Answer: ${question.shortLabel}`;
    errors[key] =
      question.kind === 'number'
        ? numberError(
            question as NumberQuestion,
            text,
            {
              type:
                issue?.code === 'too_big' || issue?.code === 'too_small' ? issue.code : 'custom',
              message,
            },
            currency,
          )
        : message;
  }
  return { answers: answers as Partial<Answers>, errors };
}
