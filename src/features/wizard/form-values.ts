import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver, ResolverResult } from 'react-hook-form';
import {
  answersStepSchema,
  questionsForStep,
  type Answers,
  type Question,
  type StepId,
} from '../../domain';
import type { RawFormValues } from '../../store';

/*
 * The form layer between what the inputs hold (strings, so "abc" or "150" stay on screen after an
 * error) and what AnswersSchema accepts (numbers, booleans, enums). Conversions go by question kind
 * only; every rule about valid values stays in the schema.
 */

/** Reads a typed number the way people write them: "24,000", "24 000", "$24000", "25%". */
export function parseNumber(text: string): number | undefined {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  const bare = compact.replace(/^[$€£]/, '').replace(/%$/, '');
  // Commas only as thousands separators: "2,5" is ambiguous (a decimal comma?), so it is an error.
  const unseparated = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(bare) ? bare.replaceAll(',', '') : bare;
  // Stricter than Number(): no "1e3", "0x10" or "Infinity".
  return /^-?(\d+\.?\d*|\.\d+)$/.test(unseparated) ? Number(unseparated) : Number.NaN;
}

function rawValue(question: Question, value: unknown): string | string[] {
  switch (question.kind) {
    case 'multi':
      return Array.isArray(value)
        ? value.filter((item): item is string => typeof item === 'string')
        : [];
    case 'yes-no':
      return value === true ? 'yes' : value === false ? 'no' : '';
    case 'number':
      return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** The form's starting values for a step: saved answers as strings; empty where unanswered. */
export function rawFromAnswers(step: StepId, answers: Partial<Answers>): RawFormValues {
  return Object.fromEntries(questionsForStep(step).map((q) => [q.id, rawValue(q, answers[q.id])]));
}

/**
 * Normalises what react-hook-form reports (radios give null when none is chosen, a lone checkbox a
 * boolean) into RawFormValues, keeping only the step's own keys.
 */
export function normaliseRaw(step: StepId, values: Record<string, unknown>): RawFormValues {
  return Object.fromEntries(questionsForStep(step).map((q) => [q.id, rawValue(q, values[q.id])]));
}

/** Turns raw input into what the schema should judge. Blank becomes undefined ("Select …"/"Enter …"). */
export function schemaInput(step: StepId, raw: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const question of questionsForStep(step)) {
    const value = raw[question.id];
    const text = typeof value === 'string' ? value : '';
    switch (question.kind) {
      case 'text':
        input[question.id] = text;
        break;
      case 'number':
        input[question.id] = parseNumber(text);
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

/** The slice of AnswersSchema for one step. */
export function stepSchema(step: StepId) {
  return answersStepSchema(questionsForStep(step).map((q) => q.id));
}

/**
 * The step's resolver: `zodResolver` of the step's slice of AnswersSchema, fed the converted input.
 * Errors come back keyed by answer key, which is also the form field name.
 */
export function stepResolver(step: StepId): Resolver<RawFormValues, unknown, Partial<Answers>> {
  const validate = zodResolver(stepSchema(step));
  return async (raw, context, options) => {
    // The casts only bridge react-hook-form's generics: the converted input is exactly what the
    // schema is meant to judge, and the errors it returns use the form's own field names.
    const result = await validate(
      schemaInput(step, raw) as Parameters<typeof validate>[0],
      context,
      options as unknown as Parameters<typeof validate>[2],
    );
    return result as ResolverResult<RawFormValues, Partial<Answers>>;
  };
}
