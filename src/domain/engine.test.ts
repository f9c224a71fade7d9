import { describe, expect, it } from 'vitest';
import { AnswersSchema } from './answers';
import type { ConditionTrace } from './assessment';
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from './assumptions';
import { assumptionVector, traceCondition, type Condition, type TraceContext } from './conditions';
import { RULE_COUNT, baseFacts, decide, encodeBaseFacts, fillFacts } from './core';
import { evaluate, labelOf } from './engine';
import {
  BASE_FACT_INDEX,
  BASE_FACT_SPECS,
  DERIVED_FACT_KEYS,
  FACT_COUNT,
  FACT_INDEX,
  baseFactSpec,
  decodeFacts,
  type FactKey,
} from './facts';
import { copyAnswers, copyAssumptions } from './normalize';
import { sampleProfiles } from './profiles';
import { DERIVED_FACTS, RULES } from './rules';
import { SAMPLE_ANSWERS } from './sample-answers';
import { formatMoney } from './text';

const PROFILES = sampleProfiles(300, 7);

describe('fact vector', () => {
  it('has contiguous positions for every base fact', () => {
    const positions = Object.values(BASE_FACT_INDEX).toSorted((x, y) => x - y);
    expect(positions).toEqual(positions.map((_, i) => i));
    expect(Object.keys(BASE_FACT_INDEX).toSorted()).toEqual(
      Object.keys(BASE_FACT_SPECS).toSorted(),
    );
    expect(FACT_COUNT).toBe(positions.length + DERIVED_FACT_KEYS.length);
  });

  it('fillFacts writes exactly what the generic encoding writes', () => {
    for (const answers of PROFILES) {
      const fast = new Float64Array(FACT_COUNT);
      const metrics = fillFacts(answers, DEFAULT_ASSUMPTIONS, fast);
      const slow = new Float64Array(FACT_COUNT);
      encodeBaseFacts(baseFacts(answers, DEFAULT_ASSUMPTIONS, metrics), slow);
      expect(Array.from(fast)).toEqual(Array.from(slow));
    }
  });
});

describe('compiled program', () => {
  it('agrees with the readable evaluator on every rule and derived fact', () => {
    const a = copyAssumptions(DEFAULT_ASSUMPTIONS);
    const av = assumptionVector(a);
    for (const answers of PROFILES) {
      const vector = new Float64Array(FACT_COUNT);
      fillFacts(copyAnswers(answers), a, vector);
      const fired = new Uint8Array(RULE_COUNT);
      decide(vector, av, fired);
      const facts = decodeFacts(vector);
      const ctx: TraceContext = {
        facts,
        assumptions: a,
        labelOf: (key: FactKey) => baseFactSpec(key)?.label ?? key,
        formatAnswerMoney: String,
      };
      for (const key of DERIVED_FACT_KEYS) {
        expect({ key, held: traceCondition(DERIVED_FACTS[key].when, ctx, []) }).toEqual({
          key,
          held: facts[key],
        });
      }
      RULES.forEach((rule, r) => {
        expect({ rule: rule.id, held: traceCondition(rule.when, ctx, []) }).toEqual({
          rule: rule.id,
          held: fired[r] === 1,
        });
      });
    }
  });

  it('traces with exactly the labels, values and results of the readable evaluator', () => {
    for (const answers of PROFILES.slice(0, 100)) {
      const result = evaluate(answers);
      const vector = new Float64Array(FACT_COUNT);
      fillFacts(answers, DEFAULT_ASSUMPTIONS, vector);
      decide(vector, assumptionVector(DEFAULT_ASSUMPTIONS), new Uint8Array(RULE_COUNT));
      const ctx: TraceContext = {
        facts: decodeFacts(vector),
        assumptions: DEFAULT_ASSUMPTIONS,
        labelOf,
        formatAnswerMoney: (amount) => formatMoney(amount, answers.currency),
      };
      RULES.forEach((rule, r) => {
        const expected: ConditionTrace[] = [];
        traceCondition(rule.when, ctx, expected);
        expect(result.trace[r]?.conditions).toEqual(expected);
      });
      DERIVED_FACT_KEYS.forEach((key, i) => {
        const expected: ConditionTrace[] = [];
        traceCondition(DERIVED_FACTS[key].when, ctx, expected);
        expect(result.derivedTrace?.[i]?.conditions).toEqual(expected);
      });
    }
  });

  it('lets a derived fact read only facts defined before it', () => {
    for (const key of DERIVED_FACT_KEYS)
      expect(FACT_INDEX[key]).toBeGreaterThanOrEqual(Object.keys(BASE_FACT_INDEX).length);
  });

  it('only allows 0 and 1 as literals, so benchmark figures stay in the assumptions', () => {
    // @ts-expect-error: a benchmark figure written as a literal does not compile.
    const literal: Condition = { fact: 'acvUsd', op: 'lt', value: 5_000 };
    const threshold: Condition = { fact: 'acvUsd', op: 'lt', assumption: 'transactionalAcvUsd' };
    expect(literal).not.toEqual(threshold);
  });
});

describe('rules', () => {
  it('have unique ids, a description and a source', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.source.length).toBeGreaterThan(10);
    }
  });

  it('have unique blocker ids', () => {
    const ids = RULES.flatMap((r) =>
      'blocker' in r.effects && r.effects.blocker ? [r.effects.blocker.id] : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('evaluate', () => {
  it('does not change its input', () => {
    const answers = structuredClone(SAMPLE_ANSWERS);
    Object.freeze(answers.leadSources);
    evaluate(Object.freeze(answers));
    expect(answers).toEqual(SAMPLE_ANSWERS);
  });

  it('traces every rule with each condition’s label, value and result', () => {
    const { trace, derivedTrace } = evaluate(SAMPLE_ANSWERS);
    expect(trace).toHaveLength(RULES.length);
    for (const rule of trace) {
      expect(rule.conditions.length).toBeGreaterThan(0);
      for (const c of rule.conditions) expect(c.label.length).toBeGreaterThan(0);
    }
    const feeds = trace.find((t) => t.ruleId === 'pipeline-feeds-ae');
    expect(feeds?.fired).toBe(true);
    expect(feeds?.conditions).toEqual([
      {
        label:
          'Share of a new account executive’s need the surplus covers ≥ Pipeline a new account executive needs to start (0.5)',
        value: expect.closeTo(0.8276, 3),
        passed: true,
      },
    ]);
    expect(derivedTrace?.map((d) => d.ruleId)).toEqual([...DERIVED_FACT_KEYS]);
  });

  it('lists the assumptions it used, with FX only for other currencies', () => {
    const usd = evaluate(SAMPLE_ANSWERS).assumptionsUsed;
    expect(usd.every((k) => ASSUMPTION_KEYS.includes(k))).toBe(true);
    expect(usd).not.toContain('usdPerEur');
    expect(evaluate({ ...SAMPLE_ANSWERS, currency: 'EUR' }).assumptionsUsed).toContain('usdPerEur');
    expect(usd).toContain('quotaMultiple');
  });

  it('follows changed assumptions', () => {
    const raisedBar = {
      ...DEFAULT_ASSUMPTIONS,
      outboundPaysAcvUsd: 50_000,
      transactionalAcvUsd: 30_000,
    };
    const result = evaluate(SAMPLE_ANSWERS, raisedBar);
    expect(result.recommendation.aeProfile).toBe('transactional');
    expect(result.reasons.map((r) => r.ruleId)).toContain('low-deal-size');
  });

  it('shows what would change the sample answer', () => {
    const { whatWouldChange } = evaluate(SAMPLE_ANSWERS);
    expect(whatWouldChange.length).toBeGreaterThan(0);
    expect(whatWouldChange[0]).toEqual({
      key: 'qualifiedOppsPerMonth',
      from: 12,
      to: 8.5,
      kind: 'both',
      text: 'With 8.5 qualified opportunities a month instead of 12: hire a mid-market Account Executive and an SDR.',
    });
  });
});

describe('assumptions', () => {
  it('keeps the share-link key order: new keys only at the end', () => {
    expect(ASSUMPTION_KEYS.slice(0, 22)).toEqual([
      'aeOteUsd',
      'sdrOteUsd',
      'loadedCostMultiplier',
      'quotaMultiple',
      'aeRampMonths',
      'sdrRampMonths',
      'sdrMeetingsPerMonth',
      'meetingToOppPct',
      'aeActiveDeals',
      'closerHoursPerWeek',
      'sdrsPerAe',
      'usdPerEur',
      'usdPerGbp',
      'transactionalAcvUsd',
      'outboundPaysAcvUsd',
      'enterpriseAcvUsd',
      'shortCycleDays',
      'founderWeekHours',
      'founderSalesSharePct',
      'minFounderLedCustomers',
      'minNonFounderWins',
      'lowCloseRatePct',
    ]);
  });
});

describe('sampleProfiles', () => {
  it('is deterministic and valid', () => {
    expect(sampleProfiles(50, 3)).toEqual(sampleProfiles(50, 3));
    expect(sampleProfiles(50, 3)).not.toEqual(sampleProfiles(50, 4));
    for (const answers of sampleProfiles(500, 11))
      expect(AnswersSchema.safeParse(answers).success).toBe(true);
  });

  it('covers every kind of recommendation', () => {
    const kinds = new Set(sampleProfiles(1000, 42).map((p) => evaluate(p).recommendation.kind));
    expect([...kinds].toSorted()).toEqual(['ae', 'both', 'not-yet', 'sdr']);
  });
});
