export { ResultsPage, SharedResultPage } from './results-page';
