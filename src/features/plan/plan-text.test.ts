import { describe, expect, it } from 'vitest';
import type { SequenceStep } from '../../domain/plan';
import { triggerSentence } from './plan-text';

const sdrStep = (leftOpps: number): SequenceStep => ({
  id: 'sdr',
  role: 'sdr',
  trigger: { kind: 'sdr-pipeline', leftOpps, neededOpps: 8.3, sdrOpps: 7.5 },
  triggerMonth: 8,
  startMonth: 11,
  keys: [],
});

describe('the SDR that feeds a second AE, in words', () => {
  it('says how many opportunities are left, and what an SDR adds', () => {
    expect(triggerSentence(sdrStep(3.7))).toMatch(
      /about 4 qualified opportunities a month are left of the 8 a second would need, and a ramped SDR adds about 8\./,
    );
  });

  it('says "no" rather than "about 0" when nothing is left', () => {
    const text = triggerSentence(sdrStep(0.2));
    expect(text).toMatch(/no qualified opportunities a month are left of the 8/);
    expect(text).not.toMatch(/about 0/);
  });
});
