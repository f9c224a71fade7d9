import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARR_BANDS,
  AnswersSchema,
  CRM_LEVELS,
  CURRENCIES,
  ICP_LEVELS,
  LEAD_SOURCES,
  LEAD_TRENDS,
  OUTBOUND_LEVELS,
  PROCESS_DOCS_LEVELS,
  QUALIFICATION_LEVELS,
  type Answers,
} from './answers';
import { DIMENSIONS, RECOMMENDATION_KINDS, type Assessment } from './assessment';
import {
  ASSUMPTION_INFO,
  ASSUMPTION_KEYS,
  DEFAULT_ASSUMPTIONS,
  type Assumptions,
} from './assumptions';
import { evaluate } from './engine';
import { RULES } from './rules';

/*
 * Properties over every valid set of answers. The arbitraries follow AnswersSchema's ranges and
 * mix in the edge values (0, the minimum, the maximum) that random sampling would rarely hit.
 */

const RUNS = { numRuns: 150 };

/** A whole number in [min, max], biased towards small values and the edges. */
const whole = (min: number, max: number, small = 60) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(min, max) },
    { weight: 5, arbitrary: fc.integer({ min, max: Math.min(max, min + small) }) },
    { weight: 3, arbitrary: fc.integer({ min, max }) },
  );

/** A decimal in [min, max], with the edges and whole values mixed in. */
const decimal = (min: number, max: number, small = max) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(min, max) },
    {
      weight: 3,
      arbitrary: fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, small)) }),
    },
    { weight: 5, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) },
  );

const answersArb: fc.Arbitrary<Answers> = fc.record({
  companyName: fc.constantFrom('', 'Acme', 'A company with a rather long name that still fits'),
  arrBand: fc.constantFrom(...ARR_BANDS),
  customers: whole(0, 1_000_000),
  aes: whole(0, 1_000, 5),
  sdrs: whole(0, 1_000, 5),
  qualifiedOppsPerMonth: decimal(0, 10_000, 80),
  leadTrend: fc.constantFrom(...LEAD_TRENDS),
  leadSources: fc.shuffledSubarray([...LEAD_SOURCES]),
  leadsUnworked: fc.boolean(),
  outbound: fc.constantFrom(...OUTBOUND_LEVELS),
  icp: fc.constantFrom(...ICP_LEVELS),
  processDocs: fc.constantFrom(...PROCESS_DOCS_LEVELS),
  crm: fc.constantFrom(...CRM_LEVELS),
  qualification: fc.constantFrom(...QUALIFICATION_LEVELS),
  nonFounderWins: whole(0, 10_000, 10),
  currency: fc.constantFrom(...CURRENCIES),
  acv: fc.oneof(
    fc.constantFrom(0.01, 1, 100_000_000),
    fc.integer({ min: 500, max: 200_000 }),
    fc.double({ min: 0.01, max: 100_000_000, noNaN: true, noDefaultInfinity: true }),
  ),
  closeRatePct: decimal(0, 100),
  salesCycleDays: whole(1, 730, 200),
  stakeholders: whole(1, 20, 20),
  founderSalesHours: decimal(0, 80),
  founderClosesAll: fc.boolean(),
  runwayMonths: decimal(0, 120, 40),
});

const assumptionsArb: fc.Arbitrary<Assumptions> = fc.record(
  Object.fromEntries(
    ASSUMPTION_KEYS.map((key) => {
      const { min, max, defaultValue } = ASSUMPTION_INFO[key];
      return [
        key,
        fc.oneof(fc.constantFrom(min, max, defaultValue), fc.double({ min, max, noNaN: true })),
      ];
    }),
  ) as { [K in keyof Assumptions]: fc.Arbitrary<number> },
);

const isScore = (x: number) => Number.isInteger(x) && x >= 0 && x <= 100;

function budgetBlocked(result: Assessment): boolean {
  return result.blockers.some((b) => b.dimension === 'budget');
}

describe('evaluate over every valid answer set', () => {
  it('the arbitrary only produces valid answers', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(AnswersSchema.safeParse(a).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws and returns a well-formed assessment', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = evaluate(answers);
        expect(RECOMMENDATION_KINDS).toContain(r.recommendation.kind);
        expect(['low', 'medium', 'high']).toContain(r.recommendation.confidence);
        expect(r.recommendation.headline.length).toBeGreaterThan(0);
        for (const d of [...DIMENSIONS, 'overall'] as const)
          expect(isScore(r.scores[d])).toBe(true);
        expect(r.trace.map((t) => t.ruleId)).toEqual(RULES.map((rule) => rule.id));
        const fired = new Set(r.trace.filter((t) => t.fired).map((t) => t.ruleId));
        for (const reason of r.reasons) expect(fired.has(reason.ruleId)).toBe(true);
        for (const blocker of r.blockers) expect(fired.has(blocker.ruleId)).toBe(true);
        expect(r.whatWouldChange.length).toBeLessThanOrEqual(5);
        for (const value of Object.values(r.metrics)) {
          expect(value === null || Number.isFinite(value)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never throws with any valid assumptions either', () => {
    fc.assert(
      fc.property(answersArb, assumptionsArb, (answers, assumptions) => {
        const r = evaluate(answers, assumptions);
        for (const d of [...DIMENSIONS, 'overall'] as const)
          expect(isScore(r.scores[d])).toBe(true);
        for (const change of r.whatWouldChange) {
          expect(
            evaluate({ ...answers, [change.key]: change.to }, assumptions).recommendation.kind,
          ).toBe(change.kind);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic, whatever the key order of the input', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const reordered = Object.fromEntries(Object.entries(answers).toReversed()) as Answers;
        const first = evaluate(answers);
        expect(evaluate(answers)).toEqual(first);
        expect(evaluate(reordered)).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });

  it('gives a profile exactly when an account executive is recommended', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { kind, aeProfile } = evaluate(answers).recommendation;
        expect(aeProfile !== undefined).toBe(kind === 'ae' || kind === 'both');
      }),
      RUNS,
    );
  });

  it('writes the summary as two sentences', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { summary } = evaluate(answers).recommendation;
        expect(summary.split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(2);
      }),
      RUNS,
    );
  });
});

describe('scores move the right way', () => {
  it('more qualified opportunities never lower lead flow', () => {
    fc.assert(
      fc.property(answersArb, fc.double({ min: 0, max: 10_000, noNaN: true }), (answers, extra) => {
        const more = {
          ...answers,
          qualifiedOppsPerMonth: Math.min(10_000, answers.qualifiedOppsPerMonth + extra),
        };
        expect(evaluate(more).scores.leadFlow).toBeGreaterThanOrEqual(
          evaluate(answers).scores.leadFlow,
        );
      }),
      RUNS,
    );
  });

  it('a larger deal never lowers economics', () => {
    fc.assert(
      fc.property(answersArb, fc.double({ min: 1, max: 1_000, noNaN: true }), (answers, factor) => {
        const more = { ...answers, acv: Math.min(100_000_000, answers.acv * factor) };
        expect(evaluate(more).scores.economics).toBeGreaterThanOrEqual(
          evaluate(answers).scores.economics,
        );
      }),
      RUNS,
    );
  });

  it('more runway never lowers budget', () => {
    fc.assert(
      fc.property(answersArb, fc.double({ min: 0, max: 120, noNaN: true }), (answers, extra) => {
        const more = { ...answers, runwayMonths: Math.min(120, answers.runwayMonths + extra) };
        expect(evaluate(more).scores.budget).toBeGreaterThanOrEqual(
          evaluate(answers).scores.budget,
        );
      }),
      RUNS,
    );
  });

  it('a better-written process never lowers process', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const scores = PROCESS_DOCS_LEVELS.map(
          (processDocs) => evaluate({ ...answers, processDocs }).scores.process,
        );
        for (let i = 1; i < scores.length; i++)
          expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1] as number);
      }),
      RUNS,
    );
  });
});

describe('what would change the answer', () => {
  it('every change is a valid answer and really flips the kind', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = evaluate(answers);
        const keys = r.whatWouldChange.map((c) => c.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const change of r.whatWouldChange) {
          expect(change.from).toEqual(answers[change.key]);
          const applied = { ...answers, [change.key]: change.to };
          expect(AnswersSchema.safeParse(applied).success).toBe(true);
          const flipped = evaluate(applied).recommendation.kind;
          expect(flipped).not.toBe(r.recommendation.kind);
          expect(flipped).toBe(change.kind);
          expect(change.text.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

describe('the issue’s hard rules', () => {
  it('no steady qualified flow and no regular outbound: never an account executive', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const steady =
          (answers.leadTrend === 'steady' || answers.leadTrend === 'growing') &&
          answers.qualifiedOppsPerMonth > 0;
        fc.pre(!steady && answers.outbound !== 'systematic');
        const { kind } = evaluate(answers).recommendation;
        expect(kind).not.toBe('ae');
        expect(kind).not.toBe('both');
      }),
      RUNS,
    );
  });

  it('pre-revenue or no customers: not yet', () => {
    fc.assert(
      fc.property(answersArb, fc.boolean(), (answers, byBand) => {
        const company = byBand
          ? { ...answers, arrBand: 'pre-revenue' as const }
          : { ...answers, customers: 0 };
        expect(evaluate(company).recommendation.kind).toBe('not-yet');
      }),
      RUNS,
    );
  });

  it('small deals with a short cycle: never an SDR, and any AE is transactional', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = evaluate(answers);
        fc.pre(
          r.metrics.acvUsd < DEFAULT_ASSUMPTIONS.transactionalAcvUsd &&
            answers.salesCycleDays <= DEFAULT_ASSUMPTIONS.shortCycleDays,
        );
        expect(['sdr', 'both']).not.toContain(r.recommendation.kind);
        expect(r.recommendation.aeProfile ?? 'transactional').toBe('transactional');
      }),
      RUNS,
    );
  });

  it('transactional deals found on purpose: never an SDR', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.double({ min: 1, max: 4_999, noNaN: true }),
        whole(1, 30),
        (answers, acv, days) => {
          const r = evaluate({ ...answers, currency: 'USD', acv, salesCycleDays: days });
          expect(['sdr', 'both']).not.toContain(r.recommendation.kind);
          expect(r.recommendation.aeProfile ?? 'transactional').toBe('transactional');
        },
      ),
      RUNS,
    );
  });

  it('runway shorter than ramp plus payback: no hire without a budget blocker', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = evaluate(answers);
        const { kind } = r.recommendation;
        const needed =
          kind === 'ae'
            ? r.metrics.runwayNeededMonths
            : kind === 'sdr'
              ? r.metrics.sdrRunwayNeededMonths
              : kind === 'both'
                ? r.metrics.bothRunwayNeededMonths
                : undefined;
        const short = needed !== undefined && (needed === null || answers.runwayMonths < needed);
        expect(!short || budgetBlocked(r)).toBe(true);
      }),
      RUNS,
    );
  });

  it('an unproven process: any account executive carries a process blocker', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        fc.pre(
          (answers.processDocs === 'none' || answers.processDocs === 'in-head') &&
            answers.nonFounderWins < DEFAULT_ASSUMPTIONS.minNonFounderWins,
        );
        const r = evaluate(answers);
        const hiresAe = r.recommendation.kind === 'ae' || r.recommendation.kind === 'both';
        expect(!hiresAe || r.blockers.some((b) => b.id === 'process-unproven')).toBe(true);
      }),
      RUNS,
    );
  });
});
