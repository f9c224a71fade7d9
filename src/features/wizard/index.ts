export { WizardPage } from './wizard-page';
export { formatAnswer, formatNumber, currencySymbol } from './format-answer';
