import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from './plan';
import { planFigureValues } from './plan-figures';
import { cashLastsWithoutHire, project, survives } from './projection';
import { cycleMonths, rampSchedule, type HireScenario } from './timeline';
import type { PlanEconomics, PlanInput } from './types';

/*
 * Properties over any plausible hire: the plan never makes money out of nothing, never breaks even
 * before the hire starts, never gets better with a longer ramp and never worse with more runway.
 */

const RUNS = { numRuns: 150 };

const money = (max: number) => fc.integer({ min: 0, max });

const hireArb: fc.Arbitrary<PlanEconomics> = fc
  .record({
    role: fc.constantFrom('ae' as const, 'sdr' as const),
    oteLocal: fc.integer({ min: 20_000, max: 400_000 }),
    baseSharePct: fc.integer({ min: 30, max: 100 }),
    rampMonths: fc.integer({ min: 0, max: 12 }),
    timeToHireMonths: fc.oneof(
      fc.integer({ min: 0, max: 6 }),
      fc.double({ min: 0, max: 6, noNaN: true }),
    ),
    recruitingFeeLocal: money(100_000),
    loadedMonthlyCostLocal: fc.integer({ min: 1_000, max: 60_000 }),
    grossMarginPct: fc.integer({ min: 0, max: 100 }),
    rampedMonthlyBookingsLocal: money(300_000),
  })
  .map((h) => ({
    ...h,
    region: 'us' as const,
    currency: 'USD' as const,
    ...(h.role === 'ae'
      ? { quotaLocal: h.oteLocal * 5, quotaMultiple: 5, profile: 'mid-market' as const }
      : {}),
    rampQuotaPct: rampSchedule(h.rampMonths),
    onCostPct: 10,
    rampedMonthlyGrossProfitLocal: (h.rampedMonthlyBookingsLocal * h.grossMarginPct) / 1200,
    paybackMonths: null,
    runwayNeededMonths: null,
    burnMonths: 0,
    assumptionKeys: [],
  }));

const inputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    hires: fc.oneof(fc.tuple(hireArb), fc.tuple(hireArb, hireArb)),
    runwayMonths: fc.oneof(
      fc.integer({ min: 0, max: 120 }),
      fc.double({ min: 0, max: 120, noNaN: true }),
    ),
    monthlyBurnLocal: fc.option(money(500_000), { nil: undefined }),
    salesCycleDays: fc.integer({ min: 1, max: 730 }),
  })
  .map(({ monthlyBurnLocal, ...rest }) => ({
    ...rest,
    ...(monthlyBurnLocal === undefined ? {} : { monthlyBurnLocal }),
    kind: rest.hires.length === 2 ? ('both' as const) : rest.hires[0].role,
    deferred: false,
    team: { aes: 0, sdrs: 0, sellingFounders: 1 },
    pipeline: {
      oppsPerMonth: 10,
      oppsNeededPerAe: 10,
      sdrOppsPerMonth: 7,
      closerCapacityOpps: 8,
      sdrsPerAe: 0.5,
    },
    figures: planFigureValues(),
  }));

const scenarioArb: fc.Arbitrary<HireScenario> = fc.oneof(
  fc.constant({}),
  fc.record({ rampMonths: fc.integer({ min: 0, max: 24 }) }),
  fc.record({ leavesAfterMonths: fc.integer({ min: 1, max: 24 }) }),
  fc.constant({ sellsNothing: true }),
);

const later = (a: number | null, b: number | null) => (a ?? Infinity) >= (b ?? Infinity);

describe('plan properties', () => {
  it('never creates cash from nothing', () => {
    fc.assert(
      fc.property(inputArb, scenarioArb, (input, scenario) => {
        const { months } = project(input, scenario);
        const burn = input.monthlyBurnLocal ?? 0;
        const margin = Math.max(...input.hires.map((h) => h.grossMarginPct)) / 1200;
        // Bookings signed before this month: the only source of this month's gross profit.
        let signed = 0;
        // One boolean per month (expect() in a loop of 240 × 150 is slow); the first bad month, if any.
        let broken: number | null = null;
        for (const m of months) {
          const withoutHire = input.runwayMonths * burn - burn * m.month;
          const bad =
            m.costLocal < 0 ||
            m.grossProfitLocal < 0 ||
            // Gross profit comes only from bookings already signed, and the net only from gross profit.
            m.grossProfitLocal > signed * margin + 1e-6 ||
            m.netLocal > m.cumGrossProfitLocal ||
            (m.cashLocal !== null && m.cashLocal > withoutHire + m.cumGrossProfitLocal + 1e-6) ||
            (scenario.sellsNothing === true && m.netLocal > 0);
          if (bad) {
            broken = m.month;
            break;
          }
          signed += m.bookingsLocal;
        }
        expect(broken).toBeNull();
      }),
      RUNS,
    );
  });

  it('never breaks even before the hire starts', () => {
    fc.assert(
      fc.property(inputArb, scenarioArb, (input, scenario) => {
        const p = project(input, scenario);
        const ok =
          p.breakEvenMonth === null || (p.startMonth !== null && p.breakEvenMonth >= p.startMonth);
        expect(ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('never breaks even earlier with a longer ramp', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 12 }), (input, extra) => {
        const longer: PlanInput = {
          ...input,
          hires: input.hires.map((h) => ({
            ...h,
            rampMonths: h.rampMonths + extra,
            rampQuotaPct: rampSchedule(h.rampMonths + extra),
          })),
        };
        expect(later(project(longer).breakEvenMonth, project(input).breakEvenMonth)).toBe(true);
        // The slow-ramp case of a plan is never better than its expected case either.
        const plan = buildPlan(input);
        expect(
          later(
            plan.risk.scenarios['slow-ramp'].projection.breakEvenMonth,
            plan.expected.breakEvenMonth,
          ),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('never shortens survival with more runway', () => {
    fc.assert(
      fc.property(
        inputArb,
        scenarioArb,
        fc.double({ min: 0, max: 60, noNaN: true }),
        (input, scenario, extra) => {
          const more = { ...input, runwayMonths: input.runwayMonths + extra };
          const a = project(input, scenario);
          const b = project(more, scenario);
          const last = (p: typeof a) =>
            p.cashLastsThroughMonth === null
              ? null
              : p.runsOut
                ? p.cashLastsThroughMonth
                : Infinity;
          // Cash is worked out for both or neither (the burn is the same).
          expect(last(b) === null).toBe(last(a) === null);
          expect(last(b) ?? 0).toBeGreaterThanOrEqual(last(a) ?? 0);
          expect(!survives(input, a) || survives(more, b)).toBe(true);
          expect(cashLastsWithoutHire(more) ?? 0).toBeGreaterThanOrEqual(
            cashLastsWithoutHire(input) ?? 0,
          );
        },
      ),
      RUNS,
    );
  });

  it('never ramps an AE faster than one sales cycle, nor signs an SDR’s deal within one', () => {
    fc.assert(
      fc.property(inputArb, scenarioArb, (input, scenario) => {
        const [lead] = input.hires;
        if (!lead) return;
        const cycle = cycleMonths(input.salesCycleDays);
        expect(lead.role !== 'ae' || buildPlan(input).rampMonths >= cycle).toBe(true);
        if (lead.role !== 'sdr' || input.hires.length > 1) return;
        const p = project(input, scenario);
        const firstSigned = p.months.find((m) => m.bookingsLocal > 0)?.month ?? null;
        // With a ramp, month 1 on the job is at 0%: the first meetings come the month after.
        const firstWork = (p.startMonth ?? Infinity) + (lead.rampMonths > 0 ? 1 : 0);
        expect(firstSigned === null || firstSigned >= firstWork + cycle).toBe(true);
      }),
      RUNS,
    );
  });

  it('pays its own way each month no later than it breaks even, so a plan that survives is funded to that point', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = buildPlan(input);
        const { breakEvenMonth: be, selfFundingMonth: sf } = plan.expected;
        // One hire only: a second hire who starts after the first has broken even can make a
        // month cost more than it earns while the running total stays ahead (fast-check found
        // one), so for two hires break-even may come first.
        const twoHires = input.hires.length > 1;
        expect(twoHires || be === null || (sf !== null && sf <= be)).toBe(true);
        expect(!plan.survives || plan.fundsUntilSelfFunding).toBe(true);
      }),
      RUNS,
    );
  });

  it('makes the money run out no later when the hire sells nothing', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = buildPlan(input);
        const nothing = plan.risk.scenarios['sells-nothing'].projection;
        const last = (p: typeof nothing) =>
          p.runsOut ? (p.cashLastsThroughMonth ?? Infinity) : Infinity;
        expect(last(nothing)).toBeLessThanOrEqual(last(plan.expected));
      }),
      RUNS,
    );
  });
});
