import type { Verdict } from '../../domain/quick';

/*
 * A verdict in a few plain words, for "If it were 3 months: not yet". Status words follow engine
 * v2 (hire now, hire after clearing what blocks it, not yet); a verdict without status reads as now.
 */
const KIND_WORDS: Record<string, string> = {
  ae: 'hire an Account Executive',
  sdr: 'hire an SDR',
  both: 'hire an Account Executive and an SDR',
  'not-yet': 'not yet',
};

export function verdictWords(verdict: Verdict): string {
  const kind = KIND_WORDS[verdict.kind] ?? verdict.kind;
  if (verdict.status === 'not-yet' || verdict.kind === 'not-yet') return 'not yet';
  if (verdict.status === 'hire-after') return `${kind}, after clearing what blocks it`;
  return `${kind} now`;
}

/** Upper-case first letter, for a sentence start. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
