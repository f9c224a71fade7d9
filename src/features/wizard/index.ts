export { WizardPage } from './wizard-page';
// Number entry for other features (the what-if panel): read, echo, explain and check a number
// answer the same way the wizard does. Render it with NumberField from src/ui/number-field.
export {
  decimalMarkFor,
  formatNumberAnswer,
  numberError,
  numberOptions,
  readNumber,
} from './number-input';
export { plausibilityChecks, PLAUSIBILITY_RULES, type PlausibilityRule } from './plausibility';
export {
  currencyMismatchProp,
  NumberAnswerField,
  type NumberAnswerFieldProps,
} from './number-answer-field';
