import type { Assessment } from '../types';

/*
 * What "What would change this" says when no single improvement we tried moves the answer. It
 * points to "How firm the answer is" only where that list holds a change that would; otherwise it
 * says plainly that several things must change together and names the blockers to fix.
 */

/** "a; b; and c": blocker titles inside a sentence. */
function listOf(titles: readonly string[]): string {
  const lower = titles.map((t) => `${t.charAt(0).toLowerCase()}${t.slice(1)}`);
  if (lower.length <= 1) return lower[0] ?? '';
  if (lower.length === 2) return `${lower[0] ?? ''} and ${lower[1] ?? ''}`;
  return `${lower.slice(0, -1).join('; ')}; and ${lower[lower.length - 1] ?? ''}`;
}

/**
 * The sentence shown in place of levers when there are none. Only meaningful when
 * `assessment.levers` is empty.
 */
export function noSingleChangeText(assessment: Pick<Assessment, 'margins' | 'blockers'>): string {
  const { margins, blockers } = assessment;
  if (margins.some((m) => m.threshold !== null))
    return 'No single improvement we tried in one of your answers changes the recommendation. The section “How firm the answer is” shows the changes that would.';
  const titles = blockers.map((b) => b.title);
  if (titles.length > 1)
    return `No single change we tried in one of your answers moves the recommendation: several things must change together. Start with these ${titles.length}: ${listOf(titles)}.`;
  if (titles.length === 1)
    return `No single change we tried in one of your answers moves the recommendation. It waits on this first: ${listOf(titles)}.`;
  return margins.length > 0
    ? 'No single change we tried in one of your answers moves the recommendation: it holds across every range we tried.'
    : 'No single improvement we tried in one of your answers changes the recommendation.';
}
