import {
  answerSchema,
  assumptionSchema,
  DEFAULT_ASSUMPTIONS,
  questionFor,
  type AnswerKey,
  type StepId,
  type WhatIfKey,
} from '../domain';
import { MAX_NOTES_LENGTH } from '../share/limits';
import { sanitizeAnswers, sanitizeAssumptions } from './restore-values';
import { activeAssessment, effectiveAnswers } from './selectors';
import type { SliceContext } from './slice-context';
import { useUnsavedInput } from './unsaved-input';
import {
  isComplete,
  MAX_SCENARIO_NAME,
  MAX_SCENARIOS,
  sanitizeAssumed,
  withoutAssumed,
  type SavedAssessment,
} from './workspace-model';
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
      const id = ensureActive();
      // At the assessment limit: nothing saved, so the typing stays (the wizard says why).
      if (id === null) return;
      update(id, (a) => ({
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
      const parsed = assumptionSchema(key).safeParse(value);
      if (!parsed.success) return false;
      const id = ensureActive();
      if (id === null) return false;
      update(id, (a) => {
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
      const id = ensureActive();
      if (id === null) return;
      update(id, (a) => ({
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
      const parsed = answerSchema(key).safeParse(value);
      const active = activeAssessment(get());
      if (!parsed.success || !active) return false;
      update(active.id, (a) => {
        const whatIf: Partial<Record<WhatIfKey, unknown>> = { ...a.whatIf };
        // Choice lists (lead sources) compare by content, not identity.
        if (JSON.stringify(parsed.data) === JSON.stringify(a.answers[key])) delete whatIf[key];
        else whatIf[key] = parsed.data;
        return { whatIf: whatIf as SavedAssessment['whatIf'] };
      });
      return true;
    },
    saveScenario: (name) => {
      const trimmed = name.trim().slice(0, MAX_SCENARIO_NAME);
      const active = activeAssessment(get());
      if (!active || trimmed === '') return false;
      const others = (active.scenarios ?? []).filter((s) => s.name !== trimmed);
      if (others.length >= MAX_SCENARIOS) return false;
      update(active.id, (a) => ({
        scenarios: [...others, { name: trimmed, whatIf: { ...a.whatIf } }],
      }));
      return true;
    },
    applyScenario: (name) => {
      const active = activeAssessment(get());
      const scenario = active?.scenarios?.find((s) => s.name === name);
      if (active && scenario) update(active.id, () => ({ whatIf: { ...scenario.whatIf } }));
    },
    deleteScenario: (name) => {
      const active = activeAssessment(get());
      if (!active?.scenarios?.some((s) => s.name === name)) return;
      update(active.id, (a) => {
        const scenarios = (a.scenarios ?? []).filter((s) => s.name !== name);
        return { scenarios: scenarios.length > 0 ? scenarios : undefined };
      });
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
    setNotes: (notes, id) => {
      // The notes box stops at the limit and says so; this only guards other callers.
      const target = id ?? ensureActive();
      if (target === null) return;
      const text = notes.slice(0, MAX_NOTES_LENGTH);
      // Unchanged notes are no write: every write wakes the list's readers and other tabs.
      if (get().assessments.find((a) => a.id === target)?.notes === text) return;
      update(target, () => ({ notes: text }));
    },
  };
}
