export { WorkspacePage } from './workspace-page';
export { ComparePage } from './compare-page';
