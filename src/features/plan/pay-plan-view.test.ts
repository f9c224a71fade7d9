import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, evaluate } from '../../domain';
import { buildPlan, planInputFor } from '../../domain/plan';
import { SCENARIOS_V2 } from '../../domain/scenarios-v2.fixture';
import { quotaFeedNote } from './pay-plan-view';

const limit = DEFAULT_ASSUMPTIONS.aeProspectingLimitPct;

const aePlans = SCENARIOS_V2.flatMap((s) => {
  const input = planInputFor(evaluate(s.answers), s.answers, DEFAULT_ASSUMPTIONS);
  if (!input) return [];
  const plan = buildPlan(input);
  const pay = plan.pay.find((p) => p.role === 'ae');
  return pay && plan.oppsWorkedPerAe !== null && plan.oppsNeededPerAe !== null
    ? [{ name: s.name, pay, worked: plan.oppsWorkedPerAe, needed: plan.oppsNeededPerAe }]
    : [];
});

describe('the quota note', () => {
  it('has plans on both sides of the line to check', () => {
    const short = aePlans.filter((p) => p.worked < p.needed * (1 - limit / 100));
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThan(aePlans.length);
  });

  const noteFor = (p: (typeof aePlans)[number]) =>
    quotaFeedNote(p.pay, { worked: p.worked, needed: p.needed, prospectingLimitPct: limit });
  const isShort = (p: (typeof aePlans)[number]) => p.worked < p.needed * (1 - limit / 100);

  it.each(aePlans)('$name: speaks exactly when the pipeline leaves the AE short', (p) => {
    expect(noteFor(p) !== null).toBe(isShort(p));
  });

  it.each(aePlans.filter(isShort))('$name: names both counts and the way out', (p) => {
    expect(noteFor(p)).toMatch(
      /of the \d+ the full quota needs \(\d+%\).*set the first year’s quota nearer what the pipeline feeds/,
    );
  });

  it('offers a first-year quota in proportion to what the pipeline feeds', () => {
    const p = aePlans.find((x) => x.worked < x.needed * 0.5)!;
    const note = quotaFeedNote(p.pay, {
      worked: p.worked,
      needed: p.needed,
      prospectingLimitPct: limit,
    })!;
    const offered = Number(/about [^\d]*([\d,]+)\), or build/.exec(note)?.[1]?.replace(/,/g, ''));
    expect(offered).toBeCloseTo(((p.pay.quotaLocal ?? 0) * p.worked) / p.needed, -3);
  });
});
