import type { AnswerKey, Confidence } from '../index';

/*
 * The questions the quick check asks, chosen with the engine by scripts/quick-questions.mjs (method
 * and result: docs/decisions/008-quick-check-questions.md). Order is the order on screen; `screen`
 * groups them for a phone (at most three screens; a laptop shows all on one).
 */
export const QUICK_QUESTIONS: readonly { key: AnswerKey; screen: 1 | 2 | 3 }[] = [
  { key: 'customers', screen: 1 },
  { key: 'aes', screen: 1 },
  { key: 'qualifiedOppsPerMonth', screen: 1 },
  { key: 'leadsUnworked', screen: 1 },
  { key: 'processDocs', screen: 2 },
  { key: 'acv', screen: 2 },
  { key: 'closeRatePct', screen: 2 },
  { key: 'runwayMonths', screen: 2 },
];

/** Asked alongside the deal size (amounts need it); preset from the browser's language. */
export const QUICK_CURRENCY_KEY = 'currency' satisfies AnswerKey;

export const QUICK_QUESTION_KEYS: readonly AnswerKey[] = [
  ...QUICK_QUESTIONS.map((q) => q.key),
  QUICK_CURRENCY_KEY,
];

/**
 * Confidence while answers are assumed: never high, since typical values stand in for the
 * company's own. A result that was already medium or low keeps its level.
 */
export function cappedConfidence(confidence: Confidence, assumedCount: number): Confidence {
  return assumedCount > 0 && confidence === 'high' ? 'medium' : confidence;
}
