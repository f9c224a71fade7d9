/*
 * The hiring plan: a pure function of a PlanInput (built from the engine's economics and the
 * answers). Re-exported from src/domain.
 */
export * from './types';
export {
  PLAN_FIGURE_KEYS,
  PLAN_HORIZON_MONTHS,
  planFigureValues,
  type PlanFigureKey,
} from './plan-figures';
export { buildPlan, type HiringPlan } from './plan';
export type { PlanMonth, Projection } from './projection';
export { PAY_FIGURE_IDS, type PayFigureId, type PayPlan, type RampStep } from './pay-plan';
export type { SequenceStep, SequenceTrigger } from './sequence';
export type { MisHire, PlanRisk, ScenarioId, ScenarioOutcome } from './risk';
export { roleKit, roleKitId, type KitValues, type RoleKit, type RoleKitId } from './role-kit';
export { cycleMonths, rampSchedule } from './timeline';
export { planInputFor } from './plan-input';
