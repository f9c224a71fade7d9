import { ASSUMPTION_INFO, DEFAULT_ASSUMPTIONS, type AssumptionInfo } from '../assumptions';
import type { PlanFigureValues } from './types';

/*
 * The hiring plan's own figures (worst case, triggers for the next hires). They live in
 * ASSUMPTION_INFO like every other figure, so the assumptions panel edits them, the share link
 * carries them and saved files validate them; this module only names which keys they are.
 */

export type PlanFigureKey = keyof PlanFigureValues;

export const PLAN_FIGURE_KEYS = [
  'worstCaseLeaveMonth',
  'slowRampFactor',
  'managerSpanOfControl',
  'secondAeTriggerPct',
  'secondAeProofMonths',
  'aeProspectingLimitPct',
] as const satisfies readonly PlanFigureKey[];

/** The issue asks for a two-year plan; a fixed frame, not a benchmark. */
export const PLAN_HORIZON_MONTHS = 24;

/**
 * The plan figures in effect: a valid value from `assumptions` wins; anything else (absent, out of
 * range: a caller that skipped the schema) falls back to the default.
 */
export function planFigureValues(
  assumptions: Readonly<Record<string, unknown>> = DEFAULT_ASSUMPTIONS,
): PlanFigureValues {
  const values = {} as PlanFigureValues;
  for (const key of PLAN_FIGURE_KEYS) {
    const info: AssumptionInfo = ASSUMPTION_INFO[key];
    const given = assumptions[key];
    values[key] =
      typeof given === 'number' && Number.isFinite(given) && given >= info.min && given <= info.max
        ? given
        : info.defaultValue;
  }
  return values;
}
