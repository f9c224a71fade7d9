import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  CURRENCIES,
  formatAnswer,
  questionsForStep,
  STEPS,
  type Answers,
  type Currency,
  type StepId,
} from '../../domain';
import { activeOrEmpty, useWorkspaceStore, useUnsavedInput, type RawFormValues } from '../../store';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/error-summary';
import { ASSESSMENT_LIMIT_MESSAGE } from '../../share/limits';
import { hrefFor, navigate } from '../../ui/router';
import { useDocumentTitle } from '../../ui/use-document-title';
import { keepBlankAssumed, rawWithoutAssumed } from './assumed-fields';
import { normaliseRaw, stepResolver } from './form-values';
import { assessPath, nextView, STEP_COUNT, stepNumber } from './paths';
import { fieldIdFor, QuestionField } from './question-field';
import { useAtAssessmentLimit } from './use-at-assessment-limit';

function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

export interface StepFormProps {
  step: StepId;
  /** Came from a Change link on Check your answers: Continue goes back there. */
  fromCheck: boolean;
  /** Came from a quick result's "could change this" link: the button saves and returns there. */
  fromResults?: boolean;
}

/**
 * One wizard step: one react-hook-form form validated on Continue by the step's slice of
 * answersSchema. Starts from what was typed but not submitted (kept in memory), else the saved
 * answers; every change is copied to the unsaved-input store so Back, the progress links and the
 * browser's Back button never lose typing.
 */
export function StepForm({ step, fromCheck, fromResults = false }: StepFormProps) {
  const questions = questionsForStep(step);
  const meta = STEPS.find((s) => s.id === step);
  const saveStep = useWorkspaceStore((s) => s.saveStep);
  const keepUnsaved = useUnsavedInput((s) => s.keep);
  // Read once, like the form's starting values: a quick check's assumed answers (issue 14).
  const [open] = useState(() => activeOrEmpty(useWorkspaceStore.getState()));
  const assumed = open.assumed ?? [];
  const resolver = useMemo(
    () => keepBlankAssumed(step, stepResolver(step), open.assumed ?? [], open.answers),
    [step, open],
  );
  // Read once: later store changes must not overwrite what is being typed (a remount does that on
  // purpose when another tab saves). Unsaved input is per field, so a field the user did not touch
  // starts from the saved answer (blank when a quick check assumed it), also after another tab
  // changed it.
  const [savedRaw] = useState<RawFormValues>(() =>
    normaliseRaw(step, rawWithoutAssumed(step, open.answers, assumed)),
  );
  const [defaultValues] = useState<RawFormValues>(() => ({
    ...savedRaw,
    ...useUnsavedInput.getState().byStep[step],
  }));

  const { register, handleSubmit, control, subscribe, formState, setValue } = useForm<
    RawFormValues,
    unknown,
    Partial<Answers>
  >({
    resolver,
    defaultValues,
    // GOV.UK: check answers when the user asks to continue, not while they type.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // Focus goes to the error summary instead, which links to each field.
    shouldFocusError: false,
  });

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => keepUnsaved(step, normaliseRaw(step, values), savedRaw),
      }),
    [subscribe, keepUnsaved, step, savedRaw],
  );

  const chosenCurrency = useWatch({ control, name: 'currency' });
  const currency = isCurrency(chosenCurrency) ? chosenCurrency : undefined;
  // An amount typed in another currency can switch the currency, where this step asks for it.
  const onCurrencyChange = questions.some((question) => question.id === 'currency')
    ? (next: Currency) => setValue('currency', next, { shouldDirty: true })
    : undefined;

  const errorItems: ErrorSummaryItem[] = questions.flatMap((question) => {
    const message = formState.errors[question.id]?.message;
    return typeof message === 'string' ? [{ fieldId: fieldIdFor(question.id), message }] : [];
  });
  const messages = new Map(errorItems.map((item) => [item.fieldId, item.message]));

  const number = stepNumber(step);
  const title = meta?.title ?? step;
  useDocumentTitle(
    `${errorItems.length > 0 ? 'Error: ' : ''}${title} – Step ${number} of ${STEP_COUNT} – Hire Ready`,
  );

  // At the assessment limit nothing can be saved: Continue stays on this step with the answers as
  // typed (they are kept per field for this tab) and says why, at the form (issue 12).
  const atLimit = useAtAssessmentLimit();
  const [refused, setRefused] = useState(0);
  const limitRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refused > 0) limitRef.current?.focus();
  }, [refused]);

  const onValid = (values: Partial<Answers>) => {
    if (atLimit) {
      setRefused((n) => n + 1);
      return;
    }
    saveStep(values);
    navigate(fromResults ? { name: 'results' } : assessPath(nextView(step, fromCheck)));
  };

  return (
    <>
      {errorItems.length > 0 ? (
        <ErrorSummary key={formState.submitCount} items={errorItems} />
      ) : null}
      <h1 id="wizard-heading" className="wizard-heading" tabIndex={-1}>
        <span className="caption">
          Step {number} of {STEP_COUNT}
        </span>{' '}
        {title}
      </h1>
      {meta ? <p className="step-intro">{meta.intro}</p> : null}
      <form className="step-form" noValidate onSubmit={handleSubmit(onValid)}>
        {questions.map((question) => (
          <div key={question.id}>
            {assumed.includes(question.id) ? (
              <p className="assumed-note">
                Not answered yet: the quick check assumed{' '}
                <strong>{formatAnswer(question.id, open.answers)}</strong>. Answer it, or leave it
                blank to keep that typical value.
              </p>
            ) : null}
            <QuestionField
              question={question}
              input={register(question.id)}
              control={control}
              error={messages.get(fieldIdFor(question.id))}
              currency={currency}
              onCurrencyChange={onCurrencyChange}
            />
          </div>
        ))}
        {refused > 0 && atLimit ? (
          <div ref={limitRef} className="notice notice-bad" role="alert" tabIndex={-1}>
            <p>
              <strong>These answers are not saved yet.</strong> {ASSESSMENT_LIMIT_MESSAGE} Your
              answers on this page stay here, in this tab, while you make room.
            </p>
            <p>
              <a href={hrefFor({ name: 'clients' })}>Go to the saved assessments</a>
            </p>
          </div>
        ) : null}
        <div className="form-actions">
          {/* From the result, this button saves and goes straight back there, so it says both. */}
          <button type="submit" className="button">
            {fromResults ? 'Save and see the result' : 'Continue'}
          </button>
          <p className="form-actions-note">
            {atLimit
              ? 'Nothing new can be saved in this browser until you make room.'
              : fromResults
                ? 'Your answers are saved in this browser, and the result is worked out again.'
                : 'Your answers are saved in this browser when you continue.'}
          </p>
        </div>
      </form>
    </>
  );
}
