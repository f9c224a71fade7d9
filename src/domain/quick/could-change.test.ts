import { describe, expect, it } from 'vitest';
import { ANSWER_KEYS, answersSchema, type AnswerKey, type Answers } from '../index';
import { couldChange } from './could-change';
import { decideVerdict } from './engine-verdict';
import { plausibleFor, sameAnswer } from './plausible';
import { realisticProfiles } from './profiles';
import { fillAssumed } from './typical';
import { sameVerdict, type DecideFn } from './verdict';

// Hand-checkable rule: AE with 10+ opportunities, but nobody with under 6 months of runway.
const toyDecide: DecideFn = (a: Answers) =>
  a.runwayMonths < 6
    ? { status: 'not-yet', kind: 'not-yet' }
    : a.qualifiedOppsPerMonth >= 10
      ? { status: 'hire-now', kind: 'ae' }
      : { status: 'not-yet', kind: 'not-yet' };

describe('fillAssumed', () => {
  it('fills every unanswered question and lists it as assumed (never the company name)', () => {
    const { answers, assumed } = fillAssumed({ qualifiedOppsPerMonth: 12, acv: 30_000 });
    // Monthly burn is optional ("not given"), so it stays out rather than being assumed.
    expect(Object.keys(answers).toSorted()).toEqual(
      ANSWER_KEYS.filter((key) => key !== 'monthlyBurn').toSorted(),
    );
    expect(answersSchema().safeParse(answers).success).toBe(true);
    expect(assumed).not.toContain('monthlyBurn');
    expect(assumed).not.toContain('qualifiedOppsPerMonth');
    expect(assumed).not.toContain('acv');
    expect(assumed).not.toContain('companyName');
    expect(assumed).toContain('runwayMonths');
    expect(answers.qualifiedOppsPerMonth).toBe(12);
  });

  it('works the revenue band, cycle and buying group out from what was given', () => {
    expect(fillAssumed({ customers: 0, acv: 20_000 }).answers.arrBand).toBe('pre-revenue');
    expect(fillAssumed({ customers: 40, acv: 50_000 }).answers.arrBand).toBe('1m-5m');
    const big = fillAssumed({ acv: 100_000, currency: 'EUR' }).answers;
    expect(big.salesCycleDays).toBe(120);
    expect(big.stakeholders).toBe(6);
    // A given answer always wins over a worked-out one.
    expect(fillAssumed({ acv: 100_000, salesCycleDays: 20 }).answers.salesCycleDays).toBe(20);
  });
});

// Only the revenue band decides here: "not yet" before revenue.
const onlyBand: DecideFn = (a) => ({ kind: a.arrBand === 'pre-revenue' ? 'not-yet' : 'ae' });

describe('couldChange', () => {
  const { answers } = fillAssumed({ qualifiedOppsPerMonth: 6, runwayMonths: 12 });

  it('lists exactly the assumed questions, those that could change the verdict first', () => {
    const assumed: AnswerKey[] = ['runwayMonths', 'acv', 'qualifiedOppsPerMonth', 'crm'];
    const rows = couldChange(toyDecide, answers, assumed);
    expect(rows.map((r) => r.key).toSorted()).toEqual([...assumed].toSorted());
    // 6 opportunities → not yet; 10 or more would be an AE. Runway alone cannot lift "not yet".
    expect(rows[0]).toMatchObject({ key: 'qualifiedOppsPerMonth', changes: true });
    expect(rows[0]?.example).toEqual({ value: 10, verdict: { status: 'hire-now', kind: 'ae' } });
    expect(rows.slice(1).every((r) => !r.changes)).toBe(true);
  });

  it('finds the runway gate when the opportunities already point to a hire', () => {
    const hiring = { ...answers, qualifiedOppsPerMonth: 15 };
    const rows = couldChange(toyDecide, hiring, ['runwayMonths', 'qualifiedOppsPerMonth']);
    // Under 6 months stops the hire: the nearest plausible runway that does is 3 (6 and 9 do not).
    expect(rows.find((r) => r.key === 'runwayMonths')).toMatchObject({
      changes: true,
      example: { value: 3, verdict: { kind: 'not-yet' } },
    });
    // Down to 6 opportunities (the nearest plausible value under 10) also stops it.
    expect(rows.find((r) => r.key === 'qualifiedOppsPerMonth')?.example?.value).toBe(6);
  });

  it('tries only answers that fit the company: no revenue band against its customers × deal size', () => {
    const founderLed = fillAssumed({
      customers: 18,
      acv: 24_000,
      qualifiedOppsPerMonth: 12,
    }).answers;
    expect(couldChange(onlyBand, founderLed, ['arrBand'])).toEqual([
      { key: 'arrBand', changes: false },
    ]);
    const noCustomers = { ...founderLed, customers: 0 };
    expect(plausibleFor('arrBand', noCustomers, 1)).toEqual(['pre-revenue']);
    // 60 customers × €40,000 ≈ $2.6M: the $1–5M band, or over $5M within a factor of two.
    const team = { ...founderLed, customers: 60, acv: 40_000 };
    expect(plausibleFor('arrBand', team, 1.1)).toEqual(['1m-5m', 'over-5m']);
    expect(plausibleFor('leadTrend', founderLed, 1)).not.toContain('none');
  });

  it('on the real engine, every change it reports is real and every "no" holds for all values', () => {
    const wrong: string[] = [];
    for (const profile of realisticProfiles(3, 21)) {
      const given = { currency: profile.currency, acv: profile.acv, customers: profile.customers };
      const { answers: quick, assumed } = fillAssumed(given);
      const current = decideVerdict(quick);
      for (const row of couldChange(decideVerdict, quick, assumed)) {
        const values: readonly unknown[] = row.example
          ? [row.example.value]
          : plausibleFor(
              row.key,
              quick,
              quick.currency === 'USD' ? 1 : quick.currency === 'EUR' ? 1.1 : 1.3,
            );
        for (const value of values) {
          if (sameAnswer(value, quick[row.key])) continue;
          const verdict = decideVerdict({ ...quick, [row.key]: value } as Answers);
          const changed = !sameVerdict(verdict, current);
          if (changed !== row.changes) wrong.push(`${row.key}=${String(value)}`);
          if (row.example && !sameVerdict(verdict, row.example.verdict))
            wrong.push(`${row.key} verdict`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});
