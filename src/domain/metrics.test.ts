import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { DEFAULT_ASSUMPTIONS } from './assumptions';
import { DAYS_PER_MONTH, computeMetrics, paybackMonths } from './metrics';
import { SAMPLE_ANSWERS } from './sample-answers';

const a = DEFAULT_ASSUMPTIONS;
const withAnswers = (change: Partial<Answers>) =>
  computeMetrics({ ...SAMPLE_ANSWERS, ...change }, a);

describe('DOMAIN.md arithmetic', () => {
  it('opportunities one AE needs: quota $750k, ACV $25k, close 25% → 10 a month', () => {
    const m = withAnswers({ acv: 25_000, closeRatePct: 25 });
    expect(m.aeQuotaUsd).toBe(750_000);
    expect(m.oppsNeededPerAe).toBeCloseTo(10, 10);
  });

  it('converts the deal size with the FX assumptions', () => {
    expect(withAnswers({ currency: 'EUR', acv: 10_000 }).acvUsd).toBeCloseTo(11_000, 6);
    expect(withAnswers({ currency: 'GBP', acv: 10_000 }).acvUsd).toBeCloseTo(13_000, 6);
    expect(withAnswers({ currency: 'USD', acv: 10_000 }).acvUsd).toBe(10_000);
  });

  it('has no need (and no coverage) when nothing closes', () => {
    const m = withAnswers({ closeRatePct: 0 });
    expect(m.oppsNeededPerAe).toBeNull();
    expect(m.pipelineCoverage).toBeNull();
    expect(m.aePaybackMonths).toBeNull();
    expect(m.sdrPaybackMonths).toBeNull();
    expect(m.runwayNeededMonths).toBeNull();
  });

  it('loads costs with the multiplier', () => {
    const m = withAnswers({});
    expect(m.aeLoadedCostUsd).toBeCloseTo(195_000, 6);
    expect(m.sdrLoadedCostUsd).toBeCloseTo(104_000, 6);
  });

  it('works capacity out with Little’s law and the founders’ sustainable share', () => {
    const m = withAnswers({ aes: 2, salesCycleDays: 60, founderSalesHours: 30 });
    const perCloser = (20 * DAYS_PER_MONTH) / 60;
    expect(m.oppsPerCloserPerMonth).toBeCloseTo(perCloser, 10);
    // 20% of a 50-hour week = 10 hours = a quarter of a 40-hour closer, however long founders sell.
    expect(m.founderCapacityHours).toBe(10);
    expect(m.closingCapacityPerMonth).toBeCloseTo(2.25 * perCloser, 10);
    expect(
      withAnswers({ aes: 2, salesCycleDays: 60, founderSalesHours: 2 }).closingCapacityPerMonth,
    ).toBeCloseTo(m.closingCapacityPerMonth, 10);
  });

  it('splits opportunities into surplus or spare capacity, never both', () => {
    const busy = withAnswers({ qualifiedOppsPerMonth: 20 });
    expect(busy.surplusOppsPerMonth).toBeCloseTo(20 - busy.closingCapacityPerMonth, 10);
    expect(busy.spareCapacityPerMonth).toBe(0);
    const quiet = withAnswers({ qualifiedOppsPerMonth: 1 });
    expect(quiet.surplusOppsPerMonth).toBe(0);
    expect(quiet.spareCapacityPerMonth).toBeCloseTo(quiet.closingCapacityPerMonth - 1, 10);
    expect(quiet.pipelineCoverage).toBe(0);
  });

  it('founder share is selling hours over a founder’s week', () => {
    expect(withAnswers({ founderSalesHours: 25 }).founderSalesSharePct).toBe(50);
  });

  it('SDR output is meetings × meeting→opportunity rate', () => {
    expect(withAnswers({}).sdrOppsPerMonth).toBe(7.5);
  });

  it('ramp is at least one sales cycle, in whole months', () => {
    expect(withAnswers({ salesCycleDays: 45 }).aeEffectiveRampMonths).toBe(5);
    expect(withAnswers({ salesCycleDays: 200 }).aeEffectiveRampMonths).toBe(7);
  });

  it('runway needed = ramp + payback (and the pair’s payback for both)', () => {
    const m = withAnswers({});
    expect(m.aePaybackMonths).toBe(3);
    expect(m.runwayNeededMonths).toBe(m.aeEffectiveRampMonths + 3);
    expect(m.sdrRunwayNeededMonths).toBe(a.sdrRampMonths + (m.sdrPaybackMonths ?? Number.NaN));
    expect(m.bothRunwayNeededMonths).toBe(
      m.aeEffectiveRampMonths + (m.bothPaybackMonths ?? Number.NaN),
    );
  });

  it('an AE with no spare opportunities never pays back', () => {
    const m = withAnswers({ qualifiedOppsPerMonth: 1 });
    expect(m.aePaybackMonths).toBeNull();
    expect(m.runwayNeededMonths).toBeNull();
  });
});

/** Payback counted month by month, the way the formula is stated. */
function slow(b: number, c: number, ramp: number, horizon: number): number | null {
  let booked = 0;
  for (let m = 1; m <= horizon; m++) {
    booked += b * Math.min(1, m / (ramp + 1));
    if (booked >= c * m) return m;
  }
  return null;
}

describe('paybackMonths', () => {
  it('pays back in month 1 with no ramp when bookings exceed cost', () => {
    expect(paybackMonths(100, 50, 0, 0, 60)).toBe(1);
  });

  it('follows a linear ramp: 1/6 … 5/6, then full speed', () => {
    // bookings 62.5k/month at full speed, cost 16.25k/month, ramp 5:
    // month 1: 10.4 vs 16.25, month 2: 31.3 vs 32.5, month 3: 62.5 vs 48.75 → 3.
    expect(paybackMonths(62_500, 16_250, 5, 0, 60)).toBe(3);
  });

  it('jumps ahead at full speed with the same answer as counting month by month', () => {
    for (const [b, c, ramp] of [
      [20_000, 16_250, 5],
      [17_000, 16_250, 5],
      [30_000, 10_000, 2],
      [16_250, 16_250, 0],
    ] as const) {
      expect(paybackMonths(b, c, ramp, 0, 60)).toBe(slow(b, c, ramp, 60));
    }
  });

  it('waits out a delay before anything books', () => {
    expect(paybackMonths(1_000_000, 1, 0, 3, 60)).toBe(4);
  });

  it('returns null when bookings never catch up, or only after the horizon', () => {
    expect(paybackMonths(0, 100, 0, 0, 60)).toBeNull();
    expect(paybackMonths(100, 100.01, 0, 0, 60)).toBeNull();
    expect(paybackMonths(16_300, 16_250, 5, 0, 60)).toBeNull();
  });
});
