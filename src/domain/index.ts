/*
 * The domain's public API. The app, the tests of other layers, and any future command-line tool use
 * only what is exported here.
 */
export * from './answers';
export * from './questions';
export * from './assumptions';
export * from './assessment';
export { evaluate } from './engine';
export { currencyName, currencySymbol, formatAnswer, formatQuantity } from './format-answer';
export { RULES, DERIVED_FACTS, type Rule, type RuleId } from './rules';
export { sampleProfiles } from './profiles';
export { SAMPLE_ANSWERS } from './sample-answers';
