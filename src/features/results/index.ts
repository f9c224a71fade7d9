export { ResultsPage } from './results-page';
export { SharedResultPage } from './shared-result-page';
export { RolesPage } from './roles-page';
// The result view takes data and callbacks only, for reuse (e.g. a consultant workspace).
export { ResultView, type ResultViewProps } from './result-view';
export type { AssumptionEditing } from './assumptions-panel';
// For the consultant workspace (list badges, compare view, export).
export { DIMENSION_LABELS, KIND_SHORT_LABELS } from './format';
export { verdictInBrief } from './verdict';
