import { STEP_IDS, type AnswerKey, type StepId } from '../../domain';
import type { RouteTarget, WizardView } from '../../ui/routes';

export type { WizardView };

/*
 * The wizard's addresses. Each step has its own fragment URL (`#/assess/deals`), so reload keeps the
 * user where they were and browser Back/Forward move between steps. A Change link from Check your
 * answers adds `?from=check` (Continue then returns there) and `field=<answer key>` (focus lands on
 * that question).
 */

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

export function isWizardView(value: string): value is WizardView {
  return value === 'check' || isStepId(value);
}

/** 1-based position of a step, for "Step 2 of 5". */
export function stepNumber(step: StepId): number {
  return STEP_IDS.indexOf(step) + 1;
}

export const STEP_COUNT = STEP_IDS.length;

/** A wizard screen; a Change link from Check your answers returns there and focuses `field`. */
export function assessPath(
  view: WizardView,
  options: { fromCheck?: boolean; field?: AnswerKey } = {},
): RouteTarget {
  return {
    name: 'wizard',
    step: view,
    ...(options.fromCheck ? { from: 'check' as const } : {}),
    ...(options.field ? { field: options.field } : {}),
  };
}

/** Where Continue goes from a step: the next step, or Check your answers after the last one. */
export function nextView(step: StepId, fromCheck: boolean): WizardView {
  if (fromCheck) return 'check';
  return STEP_IDS[STEP_IDS.indexOf(step) + 1] ?? 'check';
}

/** Where the Back link goes: the previous step, Check your answers, or the start page. */
export function backPath(view: WizardView, fromCheck: boolean): RouteTarget {
  if (fromCheck) return assessPath('check');
  if (view === 'check') return assessPath(STEP_IDS[STEP_IDS.length - 1] ?? 'company');
  const previous = STEP_IDS[STEP_IDS.indexOf(view) - 1];
  return previous ? assessPath(previous) : { name: 'landing' };
}

/**
 * Reads `from` and `field` from the query part of a wizard route. `from=results` comes from a quick
 * result's "could change this" link: Save and Back return to the result.
 */
export function parseWizardQuery(query: string): {
  fromCheck: boolean;
  fromResults: boolean;
  field: string | undefined;
} {
  const params = new URLSearchParams(query);
  return {
    fromCheck: params.get('from') === 'check',
    fromResults: params.get('from') === 'results',
    field: params.get('field') ?? undefined,
  };
}
