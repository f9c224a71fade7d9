export { QuickCheckPage } from './quick-check-page';
export { CouldChangeSection, type CouldChangeSectionProps } from './could-change-section';
