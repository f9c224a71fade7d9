export { HiringPlanSection, type HiringPlanSectionProps } from './hiring-plan-section';
export { PlanSummary } from './plan-summary';
