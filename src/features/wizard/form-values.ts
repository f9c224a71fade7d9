import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError, Resolver, ResolverResult } from 'react-hook-form';
import {
  answersStepSchema,
  CURRENCIES,
  questionsForStep,
  type Answers,
  type Currency,
  type Question,
  type StepId,
} from '../../domain';
import { activeOrEmpty, useWorkspaceStore, type RawFormValues } from '../../store';
import { numberInputText, type DecimalMark, type NumberReading } from '../../ui/parse-number';
import { decimalMarkFor, numberError, readNumber } from './number-input';

/*
 * The form layer between what the inputs hold (strings, so "abc" or "150" stay on screen after an
 * error) and what answersSchema accepts (numbers, booleans, enums). Conversions go by question kind
 * only; every rule about valid values stays in the schema.
 */

function rawValue(
  question: Question,
  value: unknown,
  decimal: DecimalMark = '.',
): string | string[] {
  switch (question.kind) {
    case 'multi':
      return Array.isArray(value)
        ? value.filter((item): item is string => typeof item === 'string')
        : [];
    case 'yes-no':
      // Saved answers are booleans; the radios (and raw values read back) hold 'yes' or 'no'.
      return value === true || value === 'yes'
        ? 'yes'
        : value === false || value === 'no'
          ? 'no'
          : '';
    case 'number':
      // Written so it reads back as the same number with the currency's conventions: String(1.125)
      // would be 1,125 with euros.
      return typeof value === 'number'
        ? numberInputText(value, decimal)
        : typeof value === 'string'
          ? value
          : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** The form's starting values for a step: saved answers as strings; empty where unanswered. */
export function rawFromAnswers(step: StepId, answers: Partial<Answers>): RawFormValues {
  const decimal = decimalMarkFor(answers.currency);
  return Object.fromEntries(
    questionsForStep(step).map((q) => [q.id, rawValue(q, answers[q.id], decimal)]),
  );
}

/**
 * Normalises what react-hook-form reports (radios give null when none is chosen, a lone checkbox a
 * boolean) into RawFormValues, keeping only the step's own keys.
 */
export function normaliseRaw(step: StepId, values: Record<string, unknown>): RawFormValues {
  return Object.fromEntries(questionsForStep(step).map((q) => [q.id, rawValue(q, values[q.id])]));
}

function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** The currency amounts on this form are in: chosen on the form itself, else the saved answer. */
export function formCurrency(
  raw: Record<string, unknown>,
  saved: Currency | undefined,
): Currency | undefined {
  return isCurrency(raw.currency) ? raw.currency : saved;
}

/**
 * What the schema should judge for a number reading. Anything that is not one clear number in the
 * right currency becomes NaN (the schema says "as a number", replaced by `numberError`'s message);
 * a number too large to hold becomes one past the range, so the schema gives its range message.
 */
function schemaNumber(
  question: Question & { kind: 'number' },
  reading: NumberReading,
  currency?: Currency,
) {
  switch (reading.kind) {
    case 'empty':
      return undefined;
    case 'number':
      return reading.currency && currency && reading.currency !== currency
        ? Number.NaN
        : reading.value;
    case 'too-large':
      return reading.negative ? question.min - 1 : question.max + 1;
    default:
      return Number.NaN;
  }
}

/**
 * Turns raw input into what the schema should judge. Blank becomes undefined ("Select …"/"Enter …").
 * Numbers are read with the conventions of the form's currency (see `formCurrency`).
 */
export function schemaInput(
  step: StepId,
  raw: Record<string, unknown>,
  savedCurrency?: Currency,
): Record<string, unknown> {
  const currency = formCurrency(raw, savedCurrency);
  const input: Record<string, unknown> = {};
  for (const question of questionsForStep(step)) {
    const value = raw[question.id];
    const text = typeof value === 'string' ? value : '';
    switch (question.kind) {
      case 'text':
        input[question.id] = text;
        break;
      case 'number':
        input[question.id] = schemaNumber(question, readNumber(question, text, currency), currency);
        break;
      case 'choice':
        input[question.id] = text === '' ? undefined : text;
        break;
      case 'multi':
        input[question.id] = rawValue(question, value);
        break;
      case 'yes-no':
        input[question.id] = text === 'yes' ? true : text === 'no' ? false : undefined;
        break;
    }
  }
  return input;
}

/**
 * The slice of answersSchema for one step: the same field schemas in a new object. Built with
 * zod/mini's functions, which take the domain's schemas whichever zod API built them, so the wizard
 * never pulls in zod's classic API (issue 13).
 */
export function stepSchema(step: StepId) {
  return answersStepSchema(questionsForStep(step).map((q) => q.id));
}

function currencyOfSavedAnswers(): Currency | undefined {
  return activeOrEmpty(useWorkspaceStore.getState()).answers.currency;
}

/**
 * The step's resolver: `zodResolver` of the step's slice of answersSchema, fed the converted input.
 * Errors come back keyed by answer key, which is also the form field name. A number the schema
 * refused gets a message that says what was wrong with what was typed (see `numberError`).
 */
export function stepResolver(
  step: StepId,
  getSavedCurrency: () => Currency | undefined = currencyOfSavedAnswers,
): Resolver<RawFormValues, unknown, Partial<Answers>> {
  const validate = zodResolver(stepSchema(step));
  return async (raw, context, options) => {
    const saved = getSavedCurrency();
    // The casts only bridge react-hook-form's generics: the converted input is exactly what the
    // schema is meant to judge, and the errors it returns use the form's own field names.
    const result = (await validate(
      schemaInput(step, raw, saved) as Parameters<typeof validate>[0],
      context,
      options as unknown as Parameters<typeof validate>[2],
    )) as ResolverResult<RawFormValues, Partial<Answers>>;
    const errors = result.errors as Record<string, FieldError | undefined>;
    const currency = formCurrency(raw, saved);
    for (const question of questionsForStep(step)) {
      const error = errors[question.id];
      if (question.kind !== 'number' || !error) continue;
      const text = typeof raw[question.id] === 'string' ? (raw[question.id] as string) : '';
      const message = numberError(question, text, error, currency);
      errors[question.id] = { ...error, message };
    }
    return result;
  };
}
