import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, evaluate, SAMPLE_ANSWERS, type Answers } from '../../domain';
import { buildPlan, planInputFor, type SequenceStep } from '../../domain/plan';
import { SCENARIOS_V2 } from '../../domain/scenarios-v2.fixture';
import { figureLabel } from './plan-format';
import {
  cashColumnNote,
  monthTableNote,
  planSummary,
  scenarioSentence,
  stepTitle,
  triggerSentence,
  worstCaseSentence,
} from './plan-text';

const sdrStep = (leftOpps: number, teamAes = 0): SequenceStep => ({
  id: 'sdr',
  role: 'sdr',
  trigger: {
    kind: 'sdr-pipeline',
    teamAes,
    teamSdrs: 0,
    leftOpps,
    neededOpps: 8.3,
    sdrOpps: 7.5,
  },
  triggerMonth: 8,
  startMonth: 11,
  keys: [],
});

describe('the SDR that feeds a second AE, in words', () => {
  it('says how many opportunities are left, and what an SDR adds', () => {
    expect(triggerSentence(sdrStep(3.7))).toMatch(
      /about 4 qualified opportunities a month are left of the 8 a second AE would need, and a ramped SDR adds about 8\./,
    );
  });

  it('says "1 opportunity is left", not "1 opportunities are left"', () => {
    expect(triggerSentence(sdrStep(1.2))).toMatch(
      /about 1 qualified opportunity a month is left of/,
    );
  });

  it('says "no" rather than "about 0" when nothing is left', () => {
    const text = triggerSentence(sdrStep(0.2));
    expect(text).toMatch(/no qualified opportunities a month are left of the 8/);
    expect(text).not.toMatch(/about 0/);
  });
});

const prospectingStep = (thresholdOpps: number, neededOpps: number): SequenceStep => ({
  id: 'sdr',
  role: 'sdr',
  trigger: {
    kind: 'sdr-prospecting',
    thresholdOpps,
    neededOpps,
    coveredPct: 40,
    limitPct: 30,
    teamSdrs: 0,
  },
  triggerMonth: 6,
  startMonth: 9,
  keys: [],
});

describe('the SDR that takes prospecting off the AE, in words', () => {
  it('counts opportunities in whole numbers, as a founder counts them', () => {
    const text = triggerSentence(prospectingStep(4.4, 6.3));
    expect(text).toMatch(/fewer than about 4 qualified opportunities a month \(of the 6 needed/);
    expect(text).not.toMatch(/\d\.\d/);
  });

  it('never asks for fewer than about 0', () => {
    expect(triggerSentence(prospectingStep(0.3, 0.4))).toMatch(
      /fewer than about 1 qualified opportunity a month \(of the 1 needed/,
    );
  });
});

const secondAe = (
  teamAes: number,
  held: Partial<{
    closeRateHeld: boolean;
    pct: number;
    sdrsAtRatio: boolean;
    outboundRoutine: boolean;
  }> = {},
): SequenceStep => ({
  id: 'second-ae',
  role: 'ae',
  trigger: {
    kind: 'second-ae',
    teamAes,
    pct: 80,
    months: 2,
    expectedAttainmentPct: 85,
    leftOpps: 9,
    neededOpps: 8,
    pipelineReady: true,
    afterSdr: false,
    sdrPays: true,
    outboundRoutine: held.outboundRoutine ?? true,
    closeRateHeld: held.closeRateHeld ?? false,
    sdrsAtRatio: held.sdrsAtRatio ?? false,
    ...(held.pct === undefined ? {} : { expectedAttainmentPct: held.pct }),
  },
  triggerMonth: 10,
  startMonth: 14,
  keys: [],
});

const ratioStep = (teamAes: number, teamSdrs = 0): SequenceStep => ({
  id: 'sdr',
  role: 'sdr',
  trigger: { kind: 'sdr-ratio', aesPerSdr: 3, ratio: 2.5, teamAes, teamSdrs, neededOpps: 8 },
  triggerMonth: 8,
  startMonth: 11,
  keys: [],
});

describe('the SDR that follows the usual ratio, in words', () => {
  it('gives the ratio as a benchmark, not as one SDR filling three calendars', () => {
    const text = triggerSentence(ratioStep(0));
    expect(text).toMatch(/^When the team has 3 AEs: the usual ratio is one SDR to about 2\.5 AEs/);
    expect(text).not.toMatch(/keep about 3 AEs busy/);
  });

  it('does not wait for "3 AEs" on a team that has them once the new AE joins', () => {
    const text = triggerSentence(ratioStep(4));
    expect(text).toMatch(/^Once the new AE is through ramp and the team has 5 AEs/);
    expect(text).not.toMatch(/When the team has 3 AEs/);
  });

  it('counts the next SDR from the ones the team has: beside one, "a second SDR"', () => {
    const step = ratioStep(3, 1);
    expect(triggerSentence(step)).toMatch(
      /^Once the new AE is through ramp and the team has 4 AEs: .* enough closers to share a second SDR’s meetings\.$/,
    );
    expect(stepTitle(step)).toBe(
      'Month 8: start the search for a second SDR (first day about month 11)',
    );
    expect(triggerSentence(ratioStep(1, 2))).toMatch(/so a third SDR pays once/);
  });
});

describe('the next AE beside a team that already has AEs', () => {
  it('is "a second AE" after the first one, and "another AE" after the new one joins a team', () => {
    expect(stepTitle(secondAe(0))).toBe(
      'Month 10: start the search for a second AE (first day about month 14)',
    );
    expect(triggerSentence(secondAe(0))).toMatch(/^When the first AE sells at least 80%/);
    expect(stepTitle(secondAe(2))).toBe(
      'Month 10: start the search for another AE (first day about month 14)',
    );
    const text = triggerSentence(secondAe(2));
    expect(text).toMatch(/^When the new AE sells at least 80%.*pipeline for another AE\./);
    expect(text).not.toMatch(/first AE|a second/);
    expect(triggerSentence(sdrStep(2, 3))).toMatch(
      /^Once the new AE is through ramp\. Today’s pipeline feeds one more AE:.*another AE would need/,
    );
  });
});

describe('the next AE while the close rate holds every hire back', () => {
  it('waits for qualification, not for an SDR or more pipeline', () => {
    const held = triggerSentence(secondAe(0, { closeRateHeld: true, pct: 6 }));
    expect(held).toMatch(/At today’s close rate a ramped AE sells about 6% of quota/);
    expect(held).toMatch(/qualification/);
    expect(held).not.toMatch(/SDR|more inbound/);
    // The same shortfall from thin pipeline still asks for pipeline.
    expect(triggerSentence(secondAe(0, { pct: 6 }))).toMatch(/waits for more pipeline \(an SDR/);
  });

  it('says "next to nothing" rather than "about 0% of quota"', () => {
    const text = triggerSentence(secondAe(0, { pct: 0.3 }));
    expect(text).toMatch(/a ramped AE sells next to nothing, so this waits/);
    expect(text).not.toMatch(/about 0/);
  });
});

describe('the next AE at a company without an outbound routine', () => {
  it('waits for inbound, referrals, partners or a routine the AE builds, not for an SDR', () => {
    const text = triggerSentence(secondAe(0, { pct: 48, outboundRoutine: false }));
    expect(text).toMatch(
      /waits for more pipeline \(more inbound, referrals or a partner channel, or an outbound routine the AE builds first/,
    );
    expect(text).not.toMatch(/an SDR or more inbound/);
  });
});

describe('the next AE on a team whose SDRs already meet the ratio', () => {
  it('asks for more meetings from those SDRs or more inbound, never another SDR', () => {
    const text = triggerSentence(secondAe(2, { pct: 48, sdrsAtRatio: true }));
    expect(text).toMatch(
      /waits for more pipeline \(more inbound, or more meetings from the SDRs you have/,
    );
    expect(text).not.toMatch(/an SDR or more inbound/);
  });
});

function planOf(name: string) {
  const scenario = SCENARIOS_V2.find((s) => s.name === name);
  if (!scenario) throw new Error(`no yardstick company named ${name}`);
  const input = planInputFor(
    evaluate(scenario.answers, DEFAULT_ASSUMPTIONS),
    scenario.answers,
    DEFAULT_ASSUMPTIONS,
  );
  if (!input) throw new Error(`${name} plans no hire`);
  return buildPlan(input);
}

describe('the plan in words for an SDR', () => {
  it('says the SDR books meetings at full speed, never that it sells', () => {
    const plan = planOf('Three founders selling 8 h each, leads not waiting');
    expect(plan.kind).toBe('sdr');
    expect(planSummary(plan)).toMatch(/the SDR starts in month \d+, books meetings at full speed/);
    expect(planSummary(plan)).not.toMatch(/sells/);
    expect(
      planSummary(planOf('Founder saturated, leads waiting, $24k deals (the classic first AE)')),
    ).toMatch(/the mid-market AE starts in month \d+, sells at full speed/);
  });

  it('counts opportunities in whole numbers in the AE that follows it', () => {
    const step = planOf('Three founders selling 8 h each, leads not waiting').sequence.find(
      (s) => s.trigger.kind === 'ae-capacity',
    );
    expect(step).toBeDefined();
    const text = step ? triggerSentence(step) : '';
    expect(text).toMatch(
      /today \d+ a month against room for about \d+; a ramped SDR adds about \d+\./,
    );
  });
});

describe('the plan in words for a hire held back by payback', () => {
  it('says the deal economics, not the runway, hold it back', () => {
    const plan = planOf('$3k deals at modest volume never pay back');
    expect(plan.deferred && plan.paybackHeld).toBe(true);
    const text = planSummary(plan);
    expect(text).toMatch(/the payback the result finds too slow for your deals/);
    expect(text).toMatch(/more runway would not change it/);
    expect(text).not.toMatch(/runway is longer|raise or cut costs/);
    // The same words reach a link's recipient and the printed report, where there is no what-if.
    expect(text).not.toMatch(/what-if/);
  });

  it('is not how a plan held back by its runway reads', () => {
    const plan = planOf('Runway 5 months');
    expect(plan.paybackHeld).toBe(false);
    expect(planSummary(plan)).toMatch(/secure more runway first/);
  });
});

describe('the plan in words for a hire held back by its runway', () => {
  // The plan is for the hire once the blockers are cleared; today's runway is why it waits.
  it('says today’s runway is the reason the hire waits, not that the plan fails', () => {
    const plan = planOf('Runway 5 months');
    expect(plan.deferred && !plan.fundsUntilSelfFunding).toBe(true);
    const text = planSummary(plan);
    expect(text).toMatch(
      /Your 5 months of runway end, before the hire pays its own way \(month \d+\): that is why the result says to secure more runway first\. Once you have, this plan holds\./,
    );
    expect(text).not.toMatch(/does not survive|raise or cut costs first/);
  });

  it('counts the cash at the burn when the burn is given', () => {
    const base = SCENARIOS_V2.find((s) => s.name === 'Runway 5 months')!.answers;
    const answers: Answers = { ...base, monthlyBurn: 50_000 };
    const assessment = evaluate(answers);
    const input = planInputFor(assessment, answers, DEFAULT_ASSUMPTIONS);
    if (!input) throw new Error('expected a plan for the hire that follows');
    const text = planSummary(buildPlan(input));
    expect(text).toMatch(/At your burn, today’s cash runs out after month \d+, before the hire/);
    expect(text).not.toMatch(/does not survive/);
  });
});

describe('the hire who leaves, in words', () => {
  it('says why it needs less cash at the lowest point than the plan, when it does', () => {
    const plan = planOf('€4,800 deals, hire in EU west');
    const leaves = plan.risk.scenarios.leaves;
    expect(leaves.projection.peakNeedLocal).toBeLessThan(plan.expected.peakNeedLocal);
    expect(scenarioSentence(plan, leaves)).toMatch(
      /\(less than the plan above at its lowest point: nobody is paid while the replacement is found\)/,
    );
    // The expected plan's own sentence has nothing to explain.
    expect(scenarioSentence(plan, plan.risk.scenarios.expected)).not.toMatch(/replacement/);
  });
});

describe('the worst case, judged as the plan judges the expected case', () => {
  it('says the runway lasts until the hire pays its own way, not that it does not survive', () => {
    const plan = planOf('Founder saturated, leads waiting, $24k deals (the classic first AE)');
    const worst = plan.risk.scenarios[plan.risk.worst];
    expect(worst.survives).toBe(false);
    expect(worst.fundsUntilSelfFunding).toBe(true);
    const text = worstCaseSentence(plan);
    expect(text).toMatch(
      /It pays its own way each month from month \d+, inside your 20 months of runway, which is what the result’s runway check asks/,
    );
    expect(text).not.toMatch(/does not survive/);
  });

  it('with the burn, says how far the cash reaches: to the month it pays its way, not to its payback', () => {
    const base = SCENARIOS_V2.find((s) =>
      s.name.startsWith('Founder saturated, leads waiting, $24k deals'),
    )!.answers;
    const reaches = [12, 14, 16, 18, 20].flatMap((runwayMonths) => {
      const answers: Answers = { ...base, runwayMonths, monthlyBurn: 90_000 };
      const input = planInputFor(evaluate(answers), answers, DEFAULT_ASSUMPTIONS);
      const plan = input ? buildPlan(input) : null;
      return plan && plan.fundsUntilSelfFunding && !plan.survives ? [planSummary(plan)] : [];
    });
    expect(reaches.length).toBeGreaterThan(0);
    for (const text of reaches)
      expect(text).toMatch(
        /cash lasts through month \d+: (to|past) that point, but not to month \d+, when the hire has paid back all it cost, so plan the next raise or revenue before then\./,
      );
  });

  it('with the burn, names the month cash runs out and how long it lasts without the hire', () => {
    const base = SCENARIOS_V2.find((s) =>
      s.name.startsWith('Founder saturated, leads waiting, $24k deals'),
    )!.answers;
    const texts = [10, 12, 14, 16, 18, 20].flatMap((runwayMonths) => {
      const answers: Answers = { ...base, runwayMonths, monthlyBurn: 90_000 };
      const input = planInputFor(evaluate(answers), answers, DEFAULT_ASSUMPTIONS);
      const plan = input ? buildPlan(input) : null;
      const worst = plan?.risk.scenarios[plan.risk.worst];
      return plan && worst && !worst.fundsUntilSelfFunding
        ? [[runwayMonths, worstCaseSentence(plan)] as const]
        : [];
    });
    expect(texts.length).toBeGreaterThan(0);
    for (const [runway, text] of texts)
      expect(text).toMatch(
        new RegExp(
          `Your cash runs out first, after month \\d+ \\(at today’s burn it lasts through month ${runway} without the hire\\): the runway does not survive it\\.`,
        ),
      );
  });

  it('still says so plainly when the runway ends before the hire pays its own way', () => {
    const plan = planOf('Runway 5 months');
    const worst = plan.risk.scenarios[plan.risk.worst];
    expect(worst.fundsUntilSelfFunding).toBe(false);
    expect(worstCaseSentence(plan)).toMatch(/the runway does not survive it/);
  });
});

function planFor(answers: Answers) {
  const input = planInputFor(evaluate(answers, DEFAULT_ASSUMPTIONS), answers, DEFAULT_ASSUMPTIONS);
  if (!input) throw new Error('plans no hire');
  return buildPlan(input);
}

describe('the SDR that follows, on a team that already has one', () => {
  it('is searched for as "a second SDR"', () => {
    const answers: Answers = {
      ...SAMPLE_ANSWERS,
      aes: 3,
      sdrs: 1,
      leadsUnworked: true,
      outbound: 'systematic',
      nonFounderWins: 30,
      founderSalesHours: 4,
    };
    const sdr = planFor(answers).sequence.find((s) => s.role === 'sdr');
    expect(sdr).toBeDefined();
    expect(sdr ? stepTitle(sdr) : '').toMatch(/start the search for a second SDR/);
  });
});

describe('what the AE that follows an SDR reads', () => {
  it('names the profile in play, not a mid-market figure, for a transactional team', () => {
    const team = SCENARIOS_V2.find((s) => s.name.startsWith('Three AEs with ~30% room'));
    const answers: Answers = {
      ...(team?.answers ?? SAMPLE_ANSWERS),
      acv: 12_000,
      salesCycleDays: 21,
      stakeholders: 1,
    };
    const assessment = evaluate(answers, DEFAULT_ASSUMPTIONS);
    expect(assessment.model.profile.value).toBe('transactional');
    expect(assessment.recommendation.kind).toBe('sdr');
    const step = planFor(answers).sequence.find((s) => s.trigger.kind === 'ae-capacity');
    const reads = (step?.keys ?? []).map(figureLabel).join('; ');
    expect(reads).toMatch(/Transactional account executive/);
    expect(reads).not.toMatch(/mid-market/i);
  });
});

describe('the month table beside the pay plan', () => {
  it('says bookings are the quota at the share a ramped AE is expected to reach', () => {
    const plan = planOf('Founder saturated, leads waiting, $24k deals (the classic first AE)');
    // The pay plan's month 2 quota is 20% of $50,000; the table books $8,500 that month.
    expect(plan.pay[0]?.rampSteps[1]?.quotaLocal).toBe(10_000);
    expect(plan.months.find((m) => m.rampPct === 20)?.bookingsLocal).toBeCloseTo(8_500);
    expect(monthTableNote(plan)).toMatch(
      /bookings are what the AE is expected to close, about 85% of that quota: a ramp month at 20% of quota books about 17% of a full month’s quota\./,
    );
  });

  it('for an SDR, ties the stage to its target and the bookings to its sales cycle', () => {
    const plan = planOf('Three founders selling 8 h each, leads not waiting');
    expect(plan.kind).toBe('sdr');
    expect(monthTableNote(plan)).toMatch(/share of the SDR’s monthly target/);
  });
});

describe('the plan refers to the result by name, not by position', () => {
  // Presenter view shows the plan on its own slide: "above" points at nothing there.
  it.each(SCENARIOS_V2.map((s) => [s.name, s.answers] as const))('%s', (_, answers) => {
    const input = planInputFor(
      evaluate(answers, DEFAULT_ASSUMPTIONS),
      answers,
      DEFAULT_ASSUMPTIONS,
    );
    if (!input) return;
    const plan = buildPlan(input);
    for (const text of [planSummary(plan), worstCaseSentence(plan)])
      expect(text).not.toMatch(/\b(check|result|answer|blockers) above\b/);
  });
});

describe('the cash column beside the month table', () => {
  it('says cash left also pays the company’s own burn, and how long it lasts without the hire', () => {
    const plan = planFor({ ...SAMPLE_ANSWERS, runwayMonths: 18, monthlyBurn: 50_000 });
    const note = cashColumnNote(plan) ?? '';
    expect(note).toContain(
      'Cash left starts at $900,000 (18 months at your burn of $50,000 a month)',
    );
    expect(note).toMatch(/without the hire it would last through month 18\.$/);
    // The column's first month is that cash, less a month's burn, plus what the hire did to cash.
    const first = plan.months[0];
    expect(first?.cashLocal).toBeCloseTo(900_000 - 50_000 + (first?.netLocal ?? 0));
  });

  it('is not shown without the burn', () => {
    const { monthlyBurn: _omit, ...answers } = { ...SAMPLE_ANSWERS, monthlyBurn: 1 };
    expect(cashColumnNote(planFor(answers))).toBeNull();
  });
});
