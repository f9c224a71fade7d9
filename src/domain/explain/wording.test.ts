import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { formatMonths } from '../format';
import { FOUNDER_LED, SCENARIOS_V2 } from '../scenarios-v2.fixture';
import { formatNeed } from './words';

/*
 * Engine wording the result page depends on (issue 10): a company without runway hears it even
 * when another reason decided; levers read naturally from zero; the confidence sentence does not
 * repeat its level.
 */

const scenario = (name: string) => {
  const found = SCENARIOS_V2.find((s) => s.name === name);
  if (!found) throw new Error(`No scenario ${name}`);
  return found.answers;
};

describe('runway is named whenever it would stop the next hire', () => {
  it('0 months of runway with closers that have room: summary, reasons, blockers and steps say so', () => {
    const result = evaluate(scenario('Two AEs and one SDR, runway 0'));
    expect(result.recommendation.status).toBe('not-yet');
    expect(result.recommendation.summary).toMatch(/runway \(0 months\)/);
    expect(result.reasons.find((r) => r.ruleId === 'runway-short')?.text).toMatch(
      /^You have 0 months of runway; .+ needs more than \d+ months/,
    );
    expect(result.blockers.map((b) => b.id)).toContain('runway');
    expect(result.nextSteps.some((s) => /runway/.test(s.text))).toBe(true);
  });

  it('says nothing about runway when there is enough of it', () => {
    const result = evaluate({ ...scenario('Two AEs and one SDR, runway 0'), runwayMonths: 36 });
    expect(result.recommendation.status).toBe('not-yet');
    expect(result.reasons.map((r) => r.ruleId)).not.toContain('runway-short');
    expect(result.blockers.map((b) => b.id)).not.toContain('runway');
    expect(result.recommendation.summary).not.toMatch(/runway/);
  });

  it('is not said twice when the runway gate already decided', () => {
    const result = evaluate(scenario('Runway 5 months'));
    expect(result.blockers.filter((b) => b.id === 'runway')).toHaveLength(1);
    expect(result.reasons.map((r) => r.ruleId)).not.toContain('runway-short');
  });
});

describe('levers read naturally', () => {
  it('from no customers: "instead of none", never "instead of 0 paying customers"', () => {
    const result = evaluate({ ...FOUNDER_LED, customers: 0 });
    const lever = result.levers.find((l) => l.key === 'customers');
    expect(lever?.text).toMatch(/^With \d+ paying customers instead of none: /);
  });

  it('names today’s customers once: "10 paying customers instead of 8"', () => {
    const result = evaluate(scenario('Eight customers, leads waiting'));
    const lever = result.levers.find((l) => l.key === 'customers');
    expect(lever?.text).toMatch(/^With 10 paying customers instead of 8: /);
  });

  it('uses "an" before numbers said with a vowel sound', () => {
    const result = evaluate({ ...FOUNDER_LED, closeRatePct: 7 });
    const lever = result.levers.find((l) => l.key === 'closeRatePct');
    expect(lever?.text).toMatch(/^With an 11% close rate instead of 7%/);
  });
});

describe('confidence sentence', () => {
  it.each(SCENARIOS_V2.map((s) => [s.name, s.answers] as const))(
    '%s: never repeats the level it explains',
    (_, answers) => {
      const { confidenceReason } = evaluate(answers).recommendation;
      expect(confidenceReason).not.toMatch(/^(High|Medium|Low)\b/);
      expect(confidenceReason).toMatch(/^[A-Z].+\.$/);
    },
  );
});

describe('formatNeed: a runway need beside the runway a company has', () => {
  it('never rounds a need onto the runway it is compared with', () => {
    expect(formatNeed(18.04, 18)).toBe('18.1 months');
    expect(formatNeed(17.96, 18)).toBe('17.9 months');
    expect(formatNeed(14.3, 14)).toBe('14.3 months');
  });

  it('reads as usual when the two are a month or more apart', () => {
    expect(formatNeed(20, 14)).toBe(formatMonths(20));
  });
});
