/*
 * The quick check's pure core: which questions to ask, the typical values for the rest, and which
 * unanswered questions could still change a quick result.
 */
export { type Verdict, type DecideFn, verdictKey, sameVerdict } from './verdict';
export { PLAUSIBLE_VALUES, plausibleKeys, sameAnswer, type PlausibleValues } from './plausible';
export { TYPICAL_ANSWERS, fillAssumed, type TypicalValue } from './typical';
export { SAMPLE_QUICK_ANSWERS } from './sample';
export { realisticProfiles } from './profiles';
export {
  agreement,
  chooseQuestions,
  flipRanking,
  quickVerdict,
  type ChoiceStep,
  type FlipStat,
} from './question-choice';
export { couldChange, type CouldChange } from './could-change';
export { formatReport, questionChoiceReport, type QuestionChoiceReport } from './report';
export {
  QUICK_CURRENCY_KEY,
  QUICK_QUESTIONS,
  QUICK_QUESTION_KEYS,
  cappedConfidence,
} from './quick-questions';
export { decideVerdict, decideVerdictWith } from './engine-verdict';
export { plausibleFor } from './plausible';
