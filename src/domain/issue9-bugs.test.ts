import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from './answers/sample';
import type { Answers } from './answers/schema';
import { decide } from './decide';
import { evaluate } from './evaluate';

/*
 * Each defect listed in issue 9 ("What is wrong today"), as the behaviour that must now hold. Each
 * of these failed on the v1 engine (checked against commit db6c1b8 before it was replaced).
 */

const S: Answers = SAMPLE_ANSWERS;
const at = (changes: Partial<Answers>): Answers => ({ ...S, ...changes });
const profileAt = (acv: number) => decide(at({ acv })).model.profile.value;

describe('issue 9: hires that never pay back', () => {
  it.each([
    ['$500 deals', { acv: 500 }],
    ['$500 deals and a 1% close rate', { acv: 500, closeRatePct: 1 }],
    ['a 0% close rate with leads waiting', { closeRatePct: 0, leadsUnworked: true }],
  ])('%s: not yet, never a hire', (_, changes) => {
    const d = decide(at(changes));
    expect(d.kind).toBe('not-yet');
    expect(d.status).toBe('not-yet');
  });

  it('says what would fix the unit economics', () => {
    const a = evaluate(at({ acv: 500 }));
    expect(a.recommendation.headline).toMatch(/unit economics/);
    expect(a.blockers[0]?.fix).toMatch(/price|self-serve|channel/i);
  });
});

describe('issue 9: runway', () => {
  it('5 months of runway: no hire, and the blocker and the verdict agree', () => {
    const a = evaluate(at({ runwayMonths: 5 }));
    expect(a.recommendation.kind).toBe('not-yet');
    expect(a.blockers.map((b) => b.id)).toContain('runway');
    expect(a.recommendation.nextHire?.kind).toBe('ae');
  });

  it('a team with 2 AEs and no runway: no hire, and runway is never a reason for one', () => {
    const a = evaluate(at({ aes: 2, runwayMonths: 0, nonFounderWins: 20 }));
    expect(a.recommendation.kind).toBe('not-yet');
    for (const reason of a.reasons.filter((r) => r.stance === 'for' && r.dimension === 'budget'))
      expect(reason.ruleId).not.toBe('runway-ok');
  });

  it('less runway never gives a bigger hire (10 vs 11+ months)', () => {
    const size = { 'not-yet': 0, sdr: 1, ae: 1, both: 2 } as const;
    for (const months of [6, 8, 10, 11, 12, 14, 18, 24]) {
      const less = decide(at({ runwayMonths: months }));
      const more = decide(at({ runwayMonths: months + 1 }));
      expect(size[less.kind]).toBeLessThanOrEqual(size[more.kind]);
    }
  });

  it('payback counts gross profit and the time to hire', () => {
    const e = decide(S).model.economics.ae;
    expect(e.grossMarginPct).toBeLessThan(100);
    expect(e.runwayNeededMonths).toBeCloseTo(
      e.timeToHireMonths + e.rampMonths + (e.paybackMonths ?? Number.NaN),
    );
  });
});

describe('issue 9: founders counted one by one', () => {
  it('three founders selling 8 h each are not one founder at 24 h', () => {
    const three = decide(
      at({
        sellingFounders: 3,
        founderSalesHours: 8,
        leadsUnworked: false,
        qualifiedOppsPerMonth: 8,
      }),
    );
    expect(three.kind).not.toBe('both');
    expect(three.model.capacity.founderSharePct).toBeCloseTo(16);
  });
});

describe('issue 9: capacity margin and the user’s own answer', () => {
  it('2 AEs and 6 SDRs with leads waiting: never another SDR', () => {
    for (const sdrs of [6, 20]) {
      const d = decide(at({ aes: 2, sdrs, leadsUnworked: true, nonFounderWins: 20 }));
      expect(d.kind).not.toBe('sdr');
      expect(d.model.capacity.sdrRatioMet).toBe(true);
    }
  });

  it('"leads wait" is trusted over a model that sees room', () => {
    const d = decide(at({ leadsUnworked: true, qualifiedOppsPerMonth: 4, founderSalesHours: 5 }));
    expect(d.model.capacity.leadsWait).toBe(true);
    expect(['ae', 'not-yet']).toContain(d.kind);
  });
});

describe('issue 9: "both" is not the first two hires', () => {
  it('a founder-led company with a thin pipeline gets a closer first, the SDR at a trigger', () => {
    const d = decide(at({ qualifiedOppsPerMonth: 6, leadsUnworked: true, outbound: 'systematic' }));
    expect(d.kind).not.toBe('both');
  });
});

describe('issue 9: tiers', () => {
  it('$25k, 90 days, 4 buyers is mid-market, not enterprise', () => {
    expect(
      decide(at({ acv: 25_000, salesCycleDays: 90, stakeholders: 4 })).model.profile.value,
    ).toBe('mid-market');
  });

  it('$4k deals with a 180-day public-sector cycle are not transactional', () => {
    expect(
      decide(at({ acv: 4_000, salesCycleDays: 180, stakeholders: 6 })).model.profile.value,
    ).not.toBe('transactional');
  });

  it('$4,999 and $5,000 give the same profile', () => {
    expect(profileAt(4_999)).toBe(profileAt(5_000));
  });

  it('a euro company is costed at local pay, converted', () => {
    const us = decide(at({ hireRegion: 'us' })).model.economics.ae;
    const es = decide(at({ currency: 'EUR', acv: 22_000, hireRegion: 'eu-south-east' })).model
      .economics.ae;
    expect(es.currency).toBe('EUR');
    expect(es.oteLocal).toBeLessThan(us.oteLocal * 0.6);
  });
});

describe('issue 9: SDR-sourced deals', () => {
  it('close at their own, lower rate', () => {
    const { sdr } = decide(S).model.economics;
    const blended = sdr.oppsPerMonth * 0.25 * S.acv;
    expect(sdr.rampedMonthlyBookingsLocal).toBeLessThan(blended * 0.6);
  });
});

describe('issue 9: levers never advise getting worse', () => {
  it.each([
    ['sample', {}],
    ['short runway', { runwayMonths: 6 }],
    ['low close rate', { closeRatePct: 12 }],
    ['team of 4', { aes: 4, nonFounderWins: 40, qualifiedOppsPerMonth: 30 }],
    ['pre-revenue', { arrBand: 'pre-revenue', customers: 0 } as Partial<Answers>],
  ])('%s', (_, changes) => {
    for (const lever of evaluate(at(changes)).levers) {
      expect(lever.text).not.toMatch(/instead of .*: .*(fewer|less|lower|no revenue)/i);
      const up = ['runwayMonths', 'qualifiedOppsPerMonth', 'closeRatePct', 'acv', 'customers'];
      const better = up.includes(lever.key)
        ? Number(lever.to) > Number(lever.from)
        : lever.key === 'salesCycleDays'
          ? Number(lever.to) < Number(lever.from)
          : true;
      expect(better, `${lever.key}: ${String(lever.from)} → ${String(lever.to)}`).toBe(true);
      expect(['aes', 'sdrs', 'arrBand', 'founderSalesHours']).not.toContain(lever.key);
    }
  });
});

describe('issue 9: scores and verdicts agree', () => {
  it('more runway never lowers the budget score', () => {
    expect(decide(at({ runwayMonths: 24 })).scores.budget).toBeGreaterThan(
      decide(at({ runwayMonths: 10 })).scores.budget,
    );
  });

  it('opposite verdicts never share a readiness band', () => {
    const hire = evaluate(S);
    const wait = evaluate(at({ runwayMonths: 3 }));
    expect(hire.readiness.band).toBe('ready');
    expect(wait.readiness.band).toBe('not-ready');
    expect(wait.readiness.score).toBeLessThan(hire.readiness.score);
  });

  it('a "hire now" has no blockers, and its steps never say to wait', () => {
    const a = evaluate(S);
    expect(a.recommendation.status).toBe('hire-now');
    expect(a.blockers).toEqual([]);
    for (const step of a.nextSteps) expect(step.text).not.toMatch(/once those are in place/);
  });

  it('confidence is explained in one sentence that does not repeat the level', () => {
    const reason = evaluate(S).recommendation.confidenceReason;
    expect(reason).toMatch(/^[A-Z].+\.$/);
    expect(reason).not.toMatch(/\b(high|medium|low)\b/i);
  });
});

describe('issue 9: no internals in the text', () => {
  it('no answer codes and no internal sources', () => {
    const a = evaluate(at({ arrBand: 'pre-revenue', customers: 0 }));
    const text = JSON.stringify([
      a.recommendation,
      a.reasons,
      a.blockers,
      a.nextSteps,
      a.levers,
      a.margins,
    ]);
    expect(text).not.toMatch(/pre-revenue|under-1m|crm-stages|in-head|one of:/);
    for (const rule of a.trace) expect(rule.source).not.toMatch(/Hire Ready|planning|default/i);
    for (const rule of a.trace)
      for (const c of rule.conditions) expect(c.label).not.toMatch(/one of:/);
  });

  it('names a band it compares with in quotes, so "below" reads as below that band', () => {
    const a = evaluate(at({ arrBand: 'under-1m', customers: 8 }));
    const labels = a.trace.flatMap((rule) => rule.conditions.map((c) => c.label));
    expect(labels).toContain('Annual recurring revenue below “$1 million to $5 million”');
    expect(labels).toContain('Annual recurring revenue is “No revenue yet”');
  });
});

describe('§5 more customers is a lever', () => {
  it('a company held back only by too few customers is told how many more, and how long at its pace', () => {
    const e = evaluate(at({ customers: 4 }));
    expect(e.recommendation.kind).toBe('not-yet');
    const lever = e.levers.find((l) => l.key === 'customers');
    expect(lever).toMatchObject({ from: 4, to: 10, kind: 'ae', status: 'hire-now' });
    expect(lever?.effort).toMatch(/About 6 more paying customers .* about 2 months/);
  });

  it('never offers more customers than the founders could win in about six months (at most ×2 + 10)', () => {
    const e = evaluate(at({ customers: 0, qualifiedOppsPerMonth: 1, closeRatePct: 10 }));
    expect(e.levers.find((l) => l.key === 'customers')).toBeUndefined();
  });
});
