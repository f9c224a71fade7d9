import type { HireKind } from '../types';
import type { NumFact } from './facts';
import { PAYBACK_GATE, RUNWAY_GATE } from './gates';
import type { Rule } from './types';

/*
 * The payback and runway gates, for whichever hire the signals point to: the same rule, reading the
 * figures of an AE, an SDR, or the two together.
 */

const PAYBACK_FACT: Record<HireKind, NumFact> = {
  ae: 'aePayback',
  sdr: 'sdrPayback',
  both: 'pairPayback',
};
const RUNWAY_FACT: Record<HireKind, NumFact> = {
  ae: 'aeRunwayNeeded',
  sdr: 'sdrRunwayNeeded',
  both: 'pairRunwayNeeded',
};
const WHO: Record<HireKind, string> = {
  ae: 'an account executive',
  sdr: 'an SDR',
  both: 'an account executive and an SDR together',
};

function build(kind: HireKind): { payback: Rule; runway: Rule } {
  return {
    payback: {
      ...PAYBACK_GATE,
      description: `${PAYBACK_GATE.description} (${WHO[kind]})`,
      when: { fact: PAYBACK_FACT[kind], op: '>', than: { fact: 'paybackLimit' } },
    },
    runway: {
      ...RUNWAY_GATE,
      description: `${RUNWAY_GATE.description} (${WHO[kind]})`,
      when: { fact: 'runway', op: '<', than: { fact: RUNWAY_FACT[kind] } },
    },
  };
}

export const HIRE_GATES: Record<HireKind, { payback: Rule; runway: Rule }> = {
  ae: build('ae'),
  sdr: build('sdr'),
  both: build('both'),
};
