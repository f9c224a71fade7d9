/*
 * The domain's public API. The app, the tests of other layers, and any future command-line tool use
 * only what is exported here.
 */
export * from './answers/schema';
export * from './answers/questions';
export {
  assessmentTitle,
  currencyName,
  formatAnswer,
  formatQuantity,
  optionLabel,
  PROFILE_WORDS,
  REGION_WORDS,
  TERMS,
} from './answers/vocabulary';
export { SAMPLE_ANSWERS } from './answers/sample';
export * from './assumptions';
export * from './types';
export { decide } from './decide';
export { evaluate } from './evaluate';
export { noSingleChangeText } from './explain/no-single-change';
export {
  article,
  currencySymbol,
  formatAmount,
  formatCount,
  formatLongDate,
  formatMoney,
  formatMoneyText,
  formatMonths,
  formatMonthsOneDecimal,
  formatNumber,
  formatPercent,
  plural,
} from './format';
export { cycleMonths } from './model/profile';
export { payLevel } from './model/economics';
export { PROFILE_WEIGHTS } from './model';
export { leadsWaitFeedNewAe } from './model/new-ae-feed';
export { READINESS_GATES, GATE_TEXT } from './rules/gates';
export { sampleProfiles } from './profiles';
