import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from './assumptions';
import { evaluate } from './evaluate';
import { SCENARIOS_V2 } from './scenarios-v2.fixture';

/*
 * What an independent practitioner's read of 29 results found contradicting itself (Nov 2026
 * review), as behaviour that must hold for every scenario profile.
 */

const results = SCENARIOS_V2.map((s) => ({ name: s.name, a: evaluate(s.answers) }));
const texts = (a: ReturnType<typeof evaluate>) => [
  a.recommendation.headline,
  a.recommendation.summary,
  ...a.reasons.map((r) => r.text),
  ...a.blockers.flatMap((b) => [b.title, b.why, b.fix]),
  a.recommendation.confidenceReason,
  ...a.nextSteps.flatMap((s) => [s.text, s.detail ?? '']),
  ...a.levers.map((l) => l.text),
  ...a.margins.map((m) => m.text),
];

describe('review findings: words', () => {
  it.each(results)('$name: no "in never", no "a 8-", no "a 11%", no "the about"', ({ a }) => {
    for (const text of texts(a)) {
      expect(text).not.toMatch(/\bin never\b/);
      expect(text).not.toMatch(/\ba (8|11|18|80)\b/);
      expect(text).not.toMatch(/\bthe about\b/);
      expect(text).not.toMatch(/\babout about\b/);
    }
  });
});

describe('review findings: figures', () => {
  it.each(results)('$name: a ramped AE is booked at most at the attainment share of quota', ({ a }) => {
    const ae = a.model.economics.ae;
    const cap = ((ae.quotaLocal ?? 0) * DEFAULT_ASSUMPTIONS.attainmentPct) / 100 / 12;
    expect(ae.rampedMonthlyBookingsLocal).toBeLessThanOrEqual(cap + 1e-6);
  });

  it('one quantity is named by one number: capacity in the reasons and the summary agree', () => {
    const three = results.find((r) => r.name.startsWith('Three AEs at capacity'))!.a;
    const capacity = Math.round(three.model.capacity.closerCapacityOpps);
    const mentions = [three.recommendation.summary, ...three.reasons.map((r) => r.text)]
      .join(' ')
      .match(/(?:can work|against) about (\d+)/g);
    expect(mentions?.length).toBeGreaterThan(0);
    for (const m of mentions ?? []) expect(m).toMatch(new RegExp(`about ${capacity}$`));
  });

  it('a pair whose AE works the SDR’s meetings is not argued against with "$0 a month"', () => {
    const three = results.find((r) => r.name.startsWith('Three AEs at capacity'))!.a;
    expect(three.recommendation.kind).toBe('both');
    const why = three.reasons.filter((r) => r.dimension !== 'budget');
    expect(why.map((r) => r.text).join(' ')).not.toMatch(/\$0 of/);
    expect(why.every((r) => r.stance === 'for')).toBe(true);
    expect(why.map((r) => r.text).join(' ')).toMatch(/what the SDR books/);
  });
});

describe('review findings: confidence', () => {
  it('a company two customers short of the proof line is not "high confidence"', () => {
    const eight = results.find((r) => r.name.startsWith('Eight customers'))!.a;
    expect(eight.recommendation.status).toBe('not-yet');
    expect(eight.recommendation.confidence).not.toBe('high');
    expect(eight.recommendation.confidenceReason).toMatch(/2 more paying customers \(10\)/);
  });
});
