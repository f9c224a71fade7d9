import { describe, expect, it } from 'vitest';
import { AnswersSchema } from './answers';
import { evaluate } from './engine';
import { SCENARIOS } from './scenarios.fixture';

describe('named company profiles', () => {
  it('has at least 20 scenarios with unique names', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
  });

  describe.each(SCENARIOS)('$name', (scenario) => {
    const result = evaluate(scenario.answers);

    it('uses valid answers', () => {
      expect(AnswersSchema.safeParse(scenario.answers).success).toBe(true);
    });

    it(`recommends ${scenario.kind}${scenario.aeProfile ? ` (${scenario.aeProfile})` : ''}`, () => {
      expect(result.recommendation.kind).toBe(scenario.kind);
      expect(result.recommendation.aeProfile).toBe(scenario.aeProfile);
    });

    it('gives the key reasons', () => {
      const ids = result.reasons.map((r) => r.ruleId);
      for (const id of scenario.reasons) expect(ids).toContain(id);
    });

    it('lists exactly the expected blockers', () => {
      expect(result.blockers.map((b) => b.id).toSorted()).toEqual(scenario.blockers.toSorted());
    });

    it('explains itself in the user’s own numbers', () => {
      expect(result.recommendation.headline).not.toBe('');
      expect(result.reasons.every((r) => r.text.endsWith('.'))).toBe(true);
      expect(result.nextSteps.length).toBeGreaterThan(0);
    });
  });
});

describe('quoted answers', () => {
  it('quotes the opportunities created and what one AE needs', () => {
    const sample = SCENARIOS.find((s) =>
      s.name.startsWith('saturated founder with steady inbound'),
    );
    const result = evaluate(sample!.answers);
    const feed = result.reasons.find((r) => r.ruleId === 'pipeline-feeds-ae');
    expect(feed?.text).toBe(
      'You create 12 qualified opportunities a month and your current closers can work about 3.4; the 8.6 left over cover 83% of the 10 one account executive needs at your deal size.',
    );
  });

  it('quotes deal sizes in the user’s currency', () => {
    const euros = SCENARIOS.find((s) => s.name.startsWith('priced in euros'));
    const result = evaluate(euros!.answers);
    expect(result.reasons.find((r) => r.ruleId === 'outbound-pays')?.text).toContain(
      '€22,000 (about $24,200)',
    );
  });
});
