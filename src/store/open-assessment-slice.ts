import {
  AnswersSchema,
  AssumptionsSchema,
  DEFAULT_ASSUMPTIONS,
  questionFor,
  type AnswerKey,
  type StepId,
} from '../domain';
import { sanitizeAnswers, sanitizeAssumptions } from './restore-values';
import { activeAssessment, effectiveAnswers } from './selectors';
import type { SliceContext } from './slice-context';
import { useUnsavedInput } from './unsaved-input';
import { isComplete, sanitizeAssumed, withoutAssumed } from './workspace-model';
import type { OpenAssessmentActions } from './workspace-types';

function stepsOf(keys: readonly string[]): StepId[] {
  return [...new Set(keys.map((key) => questionFor(key as AnswerKey).step))];
}

/** Actions on the open assessment: what the wizard, results page and what-if panel change. */
export function openAssessmentSlice(ctx: SliceContext): OpenAssessmentActions {
  const { get, update, ensureActive, removeFromList } = ctx;
  return {
    saveStep: (values) => {
      const { answers } = sanitizeAnswers(values);
      update(ensureActive(), (a) => ({
        answers: { ...a.answers, ...answers },
        assumed: withoutAssumed(a.assumed, Object.keys(answers)),
      }));
      useUnsavedInput.getState().discard(stepsOf(Object.keys(answers)));
    },
    setStep: (step) => {
      const active = activeAssessment(get());
      // Skip the write when nothing changes: every write can wake other tabs. Visiting a step
      // with nothing open starts nothing (an empty visit is not an assessment).
      if (active && active.step !== step) update(active.id, () => ({ step }));
    },
    setAssumption: (key, value) => {
      const parsed = AssumptionsSchema.shape[key].safeParse(value);
      if (!parsed.success) return false;
      update(ensureActive(), (a) => {
        const assumptions = { ...a.assumptions };
        if (parsed.data === DEFAULT_ASSUMPTIONS[key]) delete assumptions[key];
        else assumptions[key] = parsed.data;
        return { assumptions };
      });
      return true;
    },
    resetAssumptions: () => {
      const active = activeAssessment(get());
      if (active) update(active.id, () => ({ assumptions: {} }));
    },
    replaceOpenAssessment: (content) => {
      const { answers } = sanitizeAnswers(content.answers);
      const { assumptions } = sanitizeAssumptions(content.assumptions);
      update(ensureActive(), (a) => ({
        answers,
        assumed: sanitizeAssumed(content.assumed),
        assumptions,
        whatIf: {},
        notes: content.notes ?? a.notes,
        step: isComplete(answers) ? 'results' : 'company',
      }));
      useUnsavedInput.getState().discardAll();
    },
    deleteOpenAssessment: () => {
      const active = activeAssessment(get());
      if (active) removeFromList(active.id);
      useUnsavedInput.getState().discardAll();
    },
    setWhatIf: (key, value) => {
      const parsed = AnswersSchema.shape[key].safeParse(value);
      const active = activeAssessment(get());
      if (!parsed.success || !active) return false;
      update(active.id, (a) => {
        const whatIf = { ...a.whatIf };
        if (parsed.data === a.answers[key]) delete whatIf[key];
        else whatIf[key] = parsed.data;
        return { whatIf };
      });
      return true;
    },
    revertWhatIf: (key) => {
      const active = activeAssessment(get());
      if (!active || active.whatIf[key] === undefined) return;
      update(active.id, (a) => {
        const whatIf = { ...a.whatIf };
        delete whatIf[key];
        return { whatIf };
      });
    },
    revertAllWhatIf: () => {
      const active = activeAssessment(get());
      if (active && Object.keys(active.whatIf).length > 0)
        update(active.id, () => ({ whatIf: {} }));
    },
    keepWhatIf: () => {
      const active = activeAssessment(get());
      if (active && Object.keys(active.whatIf).length > 0)
        update(active.id, (a) => ({
          answers: effectiveAnswers(a),
          assumed: withoutAssumed(a.assumed, Object.keys(a.whatIf)),
          whatIf: {},
        }));
    },
    setNotes: (notes) => {
      update(ensureActive(), () => ({ notes }));
    },
  };
}
