import type { Resolver } from 'react-hook-form';
import type { AnswerKey, Answers, StepId } from '../../domain';
import type { RawFormValues } from '../../store';
import { rawFromAnswers } from './form-values';

/*
 * A quick check's assumed answers in the wizard (issue 14). An assumed answer starts blank, with the
 * typical value said beside it; typed or chosen, it becomes the company's own answer; left blank, it
 * stays assumed. So nothing the company did not say is ever saved as if it had.
 */

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The form's starting values: saved answers, with assumed ones blank. */
export function rawWithoutAssumed(
  step: StepId,
  answers: Partial<Answers>,
  assumed: readonly AnswerKey[],
): RawFormValues {
  const given = { ...answers };
  for (const key of assumed) delete given[key];
  return rawFromAnswers(step, given);
}

/**
 * Wraps a step's resolver: an assumed answer left blank is validated as its assumed value and then
 * left out of the values to save, so it stays assumed.
 */
export function keepBlankAssumed(
  step: StepId,
  resolver: Resolver<RawFormValues, unknown, Partial<Answers>>,
  assumed: readonly AnswerKey[],
  answers: Partial<Answers>,
): Resolver<RawFormValues, unknown, Partial<Answers>> {
  if (assumed.length === 0) return resolver;
  const assumedRaw = rawFromAnswers(step, answers);
  return async (raw, context, options) => {
    const blank = assumed.filter((key) => key in assumedRaw && isBlank(raw[key]));
    const filled = { ...raw };
    for (const key of blank) filled[key] = assumedRaw[key] ?? '';
    const result = await resolver(filled, context, options);
    if (Object.keys(result.errors).length > 0) return result;
    const values = { ...result.values } as Partial<Answers>;
    for (const key of blank) delete values[key];
    return { values, errors: {} };
  };
}
