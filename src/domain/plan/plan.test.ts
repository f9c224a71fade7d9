import { describe, expect, it } from 'vitest';
import { buildPlan } from './plan';
import { midMarketAe, planInput, sdrHire } from './plan.fixture';
import { project } from './projection';
import { roleKit, type RoleKitId } from './role-kit';
import { cycleMonths, rampSchedule } from './timeline';
import { breakEven } from '../model';

describe('buildPlan: a US mid-market AE worked on paper', () => {
  // Search months 1–3, first day in month 4, ramp 0/20/40/60/80% in months 4–8, full from month 9.
  const plan = buildPlan(planInput());

  it('starts after the search and notice period and ramps for the ramp months', () => {
    expect(plan.expected.startMonth).toBe(4);
    expect(plan.months.slice(0, 3).every((m) => m.phase === 'search' && m.costLocal === 0)).toBe(
      true,
    );
    expect(plan.months.slice(3, 8).map((m) => m.rampPct)).toEqual([0, 20, 40, 60, 80]);
    expect(plan.expected.fullSpeedMonth).toBe(9);
    expect(plan.months).toHaveLength(24);
  });

  it('charges the recruiting fee in the first month on the job', () => {
    expect(plan.months[3]?.costLocal).toBe(14_500 + 30_000);
    expect(plan.months[4]?.costLocal).toBe(14_500);
  });

  it('counts a month’s bookings as recurring gross profit from the next month', () => {
    // Ramp months 4–8 sign 0, 20, 40, 60, 80% of 62,500; each adds 4,062.5 × share a month after.
    expect(plan.months.slice(3, 9).map((m) => m.grossProfitLocal)).toEqual([
      0, 0, 812.5, 2437.5, 4875, 8125,
    ]);
    expect(plan.months[8]?.bookingsLocal).toBe(62_500);
  });

  it('breaks even in the month cumulative gross profit covers cumulative cost', () => {
    // Month 17: profit 227,500 against cost 30,000 + 14 × 14,500 = 233,000.
    // Month 18: 272,187.5 against 247,500.
    expect(plan.months[16]?.netLocal).toBe(227_500 - 233_000);
    expect(plan.months[17]?.netLocal).toBe(272_187.5 - 247_500);
    expect(plan.expected.breakEvenMonth).toBe(18);
  });

  it('writes the pay plan with its split, quota multiple and ramp quotas', () => {
    const [pay] = plan.pay;
    expect(pay?.baseLocal).toBe(75_000);
    expect(pay?.variableLocal).toBe(75_000);
    expect(pay?.quotaMultiple).toBe(5);
    expect(pay?.monthlyQuotaLocal).toBe(62_500);
    expect(pay?.rampSteps.map((s) => s.pct)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(pay?.rampSteps[1]?.quotaLocal).toBe(12_500);
    expect(pay?.sources.ote).toEqual(['aeOteUsd']);
    expect(pay?.sources.ramp).toEqual(['aeRampMonths']);
    expect(pay?.sources.quotaMultiple).toEqual(['quotaMultipleFirstHire']);
    expect(pay?.sources.timeToHire).toEqual(['timeToHireMonthsUs']);
    expect(pay?.sources.loadedCost).toEqual(['onCostPctUs', 'toolsMonthlyUsd', 'aeOteUsd']);
    // A quota is pay × the multiple: it reads both.
    expect(pay?.sources.quota).toEqual(['aeOteUsd', 'quotaMultipleFirstHire']);
  });

  it('needs the monthly burn to say when money runs out', () => {
    expect(plan.expected.cashLastsThroughMonth).toBeNull();
    expect(plan.risk.cashLastsWithoutHire).toBeNull();
    // Without the burn, the runway in months stands in: break-even 18 ≤ 18 months.
    expect(plan.survives).toBe(true);
  });
});

describe('ramp and the sales cycle', () => {
  it('never ramps an AE in less than one sales cycle', () => {
    const plan = buildPlan(
      planInput({
        hires: [midMarketAe({ rampMonths: 2, rampQuotaPct: [0, 50] })],
        salesCycleDays: 120,
      }),
    );
    expect(plan.rampMonths).toBe(4);
    expect(plan.pay[0]?.rampRaisedToCycle).toBe(true);
    expect(plan.pay[0]?.rampSteps.map((s) => s.pct)).toEqual([0, 25, 50, 75, 100]);
  });

  it('steps the ramp quota from 0% in month 1', () => {
    expect(rampSchedule(4)).toEqual([0, 25, 50, 75]);
    expect(rampSchedule(0)).toEqual([]);
  });
});

describe('cash with the monthly burn', () => {
  const input = planInput({ runwayMonths: 12, monthlyBurnLocal: 50_000 });
  const plan = buildPlan(input);

  it('says when money runs out with and without the hire', () => {
    expect(plan.risk.cashLastsWithoutHire).toBe(12);
    // Selling nothing, the hire costs 30,000 + 14,500 a month from month 4: cash 600,000 − 50,000 m − cost.
    // Month 10: 600,000 − 500,000 − 131,500 < 0; month 9: 600,000 − 450,000 − 117,000 = 33,000.
    expect(plan.risk.scenarios['sells-nothing'].projection.cashLastsThroughMonth).toBe(9);
    expect(plan.risk.scenarios['sells-nothing'].survives).toBe(false);
  });

  it('counts the runway as surviving only when the hire pays back before the cash runs out', () => {
    // Break-even in month 18, but 12 months of runway run out around month 10.
    expect(plan.expected.breakEvenMonth).toBe(18);
    expect(plan.survives).toBe(false);
    expect(plan.months[0]?.cashLocal).toBe(550_000);
    const longer = buildPlan(planInput({ runwayMonths: 30, monthlyBurnLocal: 50_000 }));
    expect(longer.expected.cashLastsThroughMonth).toBeGreaterThan(18);
    expect(longer.survives).toBe(true);
  });

  it('treats a burn of zero as unknown cash, not as no cash', () => {
    const zero = buildPlan(planInput({ monthlyBurnLocal: 0 }));
    expect(zero.expected.cashLastsThroughMonth).toBeNull();
    expect(zero.months[0]?.cashLocal).toBeNull();
  });
});

describe('risk', () => {
  const plan = buildPlan(planInput());

  it('delays break-even when the ramp is slow or the hire leaves at month 6', () => {
    const { scenarios } = plan.risk;
    expect(scenarios['slow-ramp'].months).toBe(8);
    expect(scenarios['slow-ramp'].projection.breakEvenMonth).toBeGreaterThan(18);
    expect(scenarios.leaves.months).toBe(6);
    expect(scenarios.leaves.projection.breakEvenMonth ?? Infinity).toBeGreaterThan(18);
    expect(['slow-ramp', 'leaves']).toContain(plan.risk.worst);
  });

  it('prices a mis-hire as (ramp + 2 cycles) × the monthly quota', () => {
    // Ramp 5, cycle 2 months: (5 + 4) × 62,500; checkpoint at ramp + one cycle = month 7 on the job.
    expect(plan.risk.misHire?.lostRevenueLocal).toBe(9 * 62_500);
    expect(plan.risk.misHire?.checkpointOnJobMonth).toBe(7);
    expect(plan.risk.misHire?.checkpointPlanMonth).toBe(10);
    expect(plan.risk.misHire?.cashSpentLocal).toBe(7 * 14_500 + 30_000);
  });

  it('prices a mis-hire at what the pipeline lets the seat sell, not at a quota it cannot reach', () => {
    const halfFed = buildPlan(
      planInput({
        hires: [
          midMarketAe({
            rampedMonthlyBookingsLocal: 31_250,
            rampedMonthlyGrossProfitLocal: 24_375,
          }),
        ],
      }),
    );
    expect(halfFed.risk.misHire?.lostRevenueLocal).toBe(9 * 31_250);
  });

  it('prices the AE of an AE-and-SDR pair at the SDR-booked deals it closes, never at $0', () => {
    // The pair's bookings sit on the SDR (plan-input moves them there); the AE closes them.
    const pair = buildPlan(
      planInput({
        kind: 'both',
        hires: [
          midMarketAe({ rampedMonthlyBookingsLocal: 0, rampedMonthlyGrossProfitLocal: 0 }),
          sdrHire(),
        ],
      }),
    );
    expect(pair.risk.misHire?.lostRevenueLocal).toBe(9 * 25_000);
    // The same deals count as the AE's sales when the next AE is weighed: 25,000 of 62,500.
    const next = pair.sequence.find((s) => s.id === 'second-ae')?.trigger;
    expect(next?.kind === 'second-ae' && next.expectedAttainmentPct).toBeCloseTo(40, 5);
  });
});

describe('sequence', () => {
  it('calls for an SDR when the pipeline leaves the AE prospecting for much of the need', () => {
    // The AE gets half the pipeline it needs: bookings at half of quota.
    const plan = buildPlan(
      planInput({
        hires: [
          midMarketAe({
            rampedMonthlyBookingsLocal: 31_250,
            rampedMonthlyGrossProfitLocal: 24_375,
          }),
        ],
      }),
    );
    const sdr = plan.sequence.find((s) => s.id === 'sdr');
    expect(sdr?.trigger.kind).toBe('sdr-prospecting');
    expect(sdr?.triggerMonth).toBe(9);
    // The 3-month search runs months 9–11, as the first AE's runs months 1–3 before month 4.
    expect(sdr?.startMonth).toBe(12);
    expect(sdr?.trigger).toMatchObject({ thresholdOpps: 8, neededOpps: 10, limitPct: 20 });
    // At 50% of quota the first AE never reaches the 80% that calls for a second one.
    expect(plan.sequence.find((s) => s.id === 'second-ae')?.triggerMonth).toBeNull();
  });

  it('plans no SDR for the AE when the verdict says none follows, deals are too small for outbound, or SDRs are already at the ratio', () => {
    // The same half-fed AE as above, which on its own calls for a prospecting SDR.
    const halfFed = midMarketAe({
      rampedMonthlyBookingsLocal: 31_250,
      rampedMonthlyGrossProfitLocal: 24_375,
    });
    const base = planInput({ hires: [halfFed] });
    const sdrStep = (input: Parameters<typeof planInput>[0]) =>
      buildPlan(planInput({ hires: [halfFed], ...input })).sequence.find((s) => s.id === 'sdr');
    expect(sdrStep({})?.trigger.kind).toBe('sdr-prospecting');
    // The verdict names the AE with no SDR to follow (leads waiting): no prospecting SDR.
    expect(sdrStep({ pipeline: { ...base.pipeline, sdrFollows: false } })?.trigger.kind).not.toBe(
      'sdr-prospecting',
    );
    expect(sdrStep({ pipeline: { ...base.pipeline, sdrFollows: true } })?.trigger.kind).toBe(
      'sdr-prospecting',
    );
    // Below the deal size where outbound pays, no SDR at all.
    expect(sdrStep({ pipeline: { ...base.pipeline, sdrPays: false } })).toBeUndefined();
    // Two AEs and six SDRs: with the new AE there are still two SDRs per AE, far above 0.5.
    expect(sdrStep({ team: { aes: 2, sdrs: 6, sellingFounders: 1 } })).toBeUndefined();
    // …and its next-AE step knows it, so it does not ask for another SDR either.
    const nextAe = buildPlan(
      planInput({ hires: [halfFed], team: { aes: 2, sdrs: 6, sellingFounders: 1 } }),
    ).sequence.find((s) => s.id === 'second-ae');
    expect(nextAe?.trigger).toMatchObject({ kind: 'second-ae', sdrsAtRatio: true });
    expect(
      buildPlan(planInput({ hires: [halfFed] })).sequence.find((s) => s.id === 'second-ae')
        ?.trigger,
    ).toMatchObject({ kind: 'second-ae', sdrsAtRatio: false });
    // Every hire waits on the close rate and no close rate clears it: more meetings would not close.
    expect(
      sdrStep({ deferred: true, pipeline: { ...base.pipeline, closeRateHeld: true } }),
    ).toBeUndefined();
    // One SDR for two AEs is not enough once a third AE joins.
    expect(sdrStep({ team: { aes: 2, sdrs: 1, sellingFounders: 1 } })).toBeDefined();
  });

  it('calls for a second AE only when the pipeline left would feed one', () => {
    // 12 a month, 10 of them the first AE's: 2 left, far from the 8 a second AE must be handed,
    // and deals too small for an SDR to bring more.
    const base = planInput();
    const second = buildPlan(
      planInput({ pipeline: { ...base.pipeline, sdrPays: false } }),
    ).sequence.find((s) => s.id === 'second-ae');
    expect(second?.trigger).toMatchObject({ leftOpps: 2, neededOpps: 10, pipelineReady: false });
    expect(second?.triggerMonth).toBeNull();
  });

  it('when today’s pipeline feeds one AE only, an SDR comes first and the second AE after it', () => {
    const base = planInput();
    // 12 a month: 10 for the first AE, 2 left; an SDR's 7.5 make 9.5, enough to hand a second 8.
    const plan = buildPlan(planInput({ pipeline: { ...base.pipeline, sdrOppsPerMonth: 7.5 } }));
    const sdr = plan.sequence.find((s) => s.id === 'sdr');
    const second = plan.sequence.find((s) => s.id === 'second-ae');
    expect(sdr?.trigger.kind).toBe('sdr-pipeline');
    expect(sdr?.startMonth).not.toBeNull();
    expect(second?.trigger).toMatchObject({ afterSdr: true, pipelineReady: true });
    expect(second?.triggerMonth).toBeGreaterThanOrEqual((sdr?.startMonth ?? 0) + 3);
    // Deals too small for outbound: no SDR is planned to feed a second AE.
    const small = buildPlan(
      planInput({ pipeline: { ...base.pipeline, sdrOppsPerMonth: 7.5, sdrPays: false } }),
    );
    expect(small.sequence.find((s) => s.id === 'sdr')?.trigger.kind).not.toBe('sdr-pipeline');
    expect(small.sequence.find((s) => s.id === 'second-ae')?.triggerMonth).toBeNull();
  });

  it('calls for a second AE after two months at 80% of quota', () => {
    const base = planInput();
    const plan = buildPlan(planInput({ pipeline: { ...base.pipeline, oppsPerMonth: 20 } }));
    const second = plan.sequence.find((s) => s.id === 'second-ae');
    // 80% in month 8 (ramp month 5), 100% in month 9: two months running → month 9.
    expect(second?.triggerMonth).toBe(9);
    expect(second?.startMonth).toBe(12);
  });

  it('calls for a manager when the reps reach the span of control', () => {
    const plan = buildPlan(planInput({ team: { aes: 5, sdrs: 1, sellingFounders: 1 } }));
    const manager = plan.sequence.find((s) => s.id === 'manager');
    expect(manager?.trigger.kind).toBe('manager');
    // 6 reps + the AE (month 4) + the next two hires reach 8 at the second of them.
    expect(manager?.triggerMonth).not.toBeNull();
    const none = buildPlan(planInput()).sequence.find((s) => s.id === 'manager');
    expect(none?.triggerMonth).toBeNull();
  });

  it('after an SDR, calls for an AE once the SDR fills the closers', () => {
    const plan = buildPlan(
      planInput({
        kind: 'sdr',
        hires: [sdrHire()],
        pipeline: {
          oppsPerMonth: 4,
          oppsNeededPerAe: 10,
          sdrOppsPerMonth: 7.5,
          closerCapacityOpps: 8,
          sdrsPerAe: 0.5,
        },
      }),
    );
    const ae = plan.sequence.find((s) => s.id === 'ae');
    // SDR starts month 3; 4 + 7.5 × pct ≥ 8 needs pct ≥ 53%: ramp 0/33/67 → month 5.
    expect(ae?.triggerMonth).toBe(5);
  });
});

describe('role kits', () => {
  const values = {
    need: '10 qualified opportunities a month',
    cycle: '60 days',
    ramp: '5 months',
    monthlyQuota: '$62,500',
    firstDeals: 'First deals closed.',
  };
  it.each<RoleKitId>(['ae-transactional', 'ae-mid-market', 'ae-enterprise', 'sdr'])(
    '%s has a scorecard, a loop with a role-play, 90 days, indicators and sources',
    (id) => {
      const kit = roleKit(id, values);
      expect(kit.mustHaves.length).toBeGreaterThanOrEqual(4);
      expect(kit.niceToHaves.length).toBeGreaterThanOrEqual(2);
      expect(kit.interviewLoop.some((s) => /mock discovery|role-play/i.test(s.step))).toBe(true);
      expect(kit.onboarding.map((p) => p.window)).toEqual([
        'Days 1–30',
        'Days 31–60',
        'Days 61–90',
      ]);
      expect(kit.indicators.length).toBeGreaterThanOrEqual(3);
      expect(kit.sources.every((s) => /\(.*\d{4}.*\)/.test(s))).toBe(true);
      expect(JSON.stringify(kit)).not.toMatch(/\{(need|cycle|ramp|monthlyQuota|firstDeals)\}/);
    },
  );

  it('says "an 8-month ramp" and "an 80-day cycle", not "a 8-month"', () => {
    const kit = roleKit('ae-mid-market', { ...values, cycle: '80-day', ramp: '8-month' });
    expect(kit.mission).toMatch(/an 80-day cycle/);
    expect(kit.mission).toMatch(/an 8-month ramp/);
    expect(roleKit('ae-mid-market', { ...values, ramp: '5-month' }).mission).toMatch(
      /a 5-month ramp/,
    );
  });
});

describe('project', () => {
  it('adds two hires made together', () => {
    const both = project(planInput({ kind: 'both', hires: [midMarketAe(), sdrHire()] }));
    const ae = project(planInput());
    expect(both.months[5]?.headcount).toBe(2);
    expect(both.months[12]?.grossProfitLocal).toBeGreaterThan(ae.months[12]?.grossProfitLocal ?? 0);
    expect(both.months[5]?.costLocal).toBe((ae.months[5]?.costLocal ?? 0) + 7_800);
  });
});

describe('agreement with the engine', () => {
  it('breaks even in the same month as the engine’s own count', () => {
    const cases = [
      midMarketAe(),
      midMarketAe({
        timeToHireMonths: 2.5,
        recruitingFeeLocal: 0,
        rampMonths: 3,
        rampQuotaPct: rampSchedule(3),
      }),
      midMarketAe({
        rampedMonthlyBookingsLocal: 20_000,
        rampedMonthlyGrossProfitLocal: 1_300,
        rampMonths: 7,
        rampQuotaPct: rampSchedule(7),
      }),
    ];
    for (const hire of [...cases, sdrHire(), sdrHire({ rampMonths: 1, rampQuotaPct: [0] })]) {
      for (const salesCycleDays of [20, 60, 150, 365]) {
        const engine = breakEven({
          loadedMonthly: hire.loadedMonthlyCostLocal,
          fee: hire.recruitingFeeLocal,
          rampedBookings: hire.rampedMonthlyBookingsLocal,
          grossMargin: hire.grossMarginPct / 100,
          rampMonths: Math.max(
            hire.rampMonths,
            hire.role === 'ae' ? cycleMonths(salesCycleDays) : 0,
          ),
          timeToHire: hire.timeToHireMonths,
          horizon: 120,
          signDelay: hire.role === 'sdr' ? cycleMonths(salesCycleDays) : 0,
        });
        const plan = buildPlan(planInput({ kind: hire.role, hires: [hire], salesCycleDays }));
        expect(plan.expected.breakEvenMonth).toBe(engine);
      }
    }
  });
});

/** The first plan month in which a US SDR's meetings sign a deal, at a sales cycle. */
function sdrSignsFrom(salesCycleDays: number): number {
  const { months } = project(planInput({ kind: 'sdr', hires: [sdrHire()], salesCycleDays }));
  return months.findIndex((m) => m.bookingsLocal > 0) + 1;
}

function sdrBreakEven(salesCycleDays: number): number {
  return (
    buildPlan(planInput({ kind: 'sdr', hires: [sdrHire()], salesCycleDays })).expected
      .breakEvenMonth ?? Infinity
  );
}

describe('an SDR’s meetings sign one sales cycle later', () => {
  // Search months 1–2, first day month 3, ramp 0/33/67% in months 3–5, full from month 6.
  it('books its first deal a sales cycle after its first productive month', () => {
    // First meetings in month 4 (33% of ramp); a 60-day cycle signs them in month 6.
    expect(sdrSignsFrom(20)).toBe(5);
    expect(sdrSignsFrom(60)).toBe(6);
    expect(sdrSignsFrom(150)).toBe(9);
  });

  it('breaks even later with a longer sales cycle, and meetings booked before a leave still sign', () => {
    expect(sdrBreakEven(150)).toBeGreaterThan(sdrBreakEven(30));
    const leaves = project(planInput({ kind: 'sdr', hires: [sdrHire()], salesCycleDays: 90 }), {
      leavesAfterMonths: 4,
    });
    // On the job months 3–6; gone (new search) months 7–8: still signing the meetings of months 4–6.
    expect(leaves.months[7]?.phase).toBe('gone');
    expect(leaves.months[7]?.bookingsLocal).toBeGreaterThan(0);
  });
});
