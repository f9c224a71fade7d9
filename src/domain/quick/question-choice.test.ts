import { describe, expect, it } from 'vitest';
import { ANSWER_KEYS, answersSchema, type Answers } from '../index';
import { decideVerdict } from './engine-verdict';
import { agreement, chooseQuestions, flipRanking } from './question-choice';
import { realisticProfiles } from './profiles';
import type { DecideFn } from './verdict';

// A small rule of our own, so the expected ranking can be worked out by hand: hire an AE with 10+
// opportunities a month, but nobody with under 6 months of runway.
const toyDecide: DecideFn = (a: Answers) =>
  a.runwayMonths < 6
    ? { status: 'not-yet', kind: 'not-yet' }
    : a.qualifiedOppsPerMonth >= 10
      ? { status: 'hire-now', kind: 'ae' }
      : { status: 'not-yet', kind: 'not-yet' };

describe('realisticProfiles', () => {
  it('is deterministic and every profile is a valid set of answers', () => {
    const a = realisticProfiles(80, 3);
    expect(realisticProfiles(80, 3)).toEqual(a);
    expect(realisticProfiles(80, 4)).not.toEqual(a);
    for (const profile of a) expect(answersSchema().safeParse(profile).success).toBe(true);
  });

  it('spreads across stages and deal sizes', () => {
    const profiles = realisticProfiles(300);
    expect(new Set(profiles.map((p) => p.arrBand)).size).toBe(4);
    expect(new Set(profiles.map((p) => p.acv)).size).toBeGreaterThan(8);
    // Pre-revenue companies have almost no customers and no AEs.
    for (const p of profiles.filter((x) => x.arrBand === 'pre-revenue')) {
      expect(p.customers).toBeLessThanOrEqual(2);
      expect(p.aes).toBe(0);
    }
  });
});

describe('flipRanking', () => {
  const profiles = realisticProfiles(60);

  it('ranks the answers the rule reads first and gives the others a flip rate of zero', () => {
    const ranking = flipRanking(toyDecide, profiles);
    expect(
      ranking
        .slice(0, 2)
        .map((s) => s.key)
        .toSorted(),
    ).toEqual(['qualifiedOppsPerMonth', 'runwayMonths']);
    for (const stat of ranking.slice(2)) expect(stat.flipRate).toBe(0);
    const opps = ranking.find((s) => s.key === 'qualifiedOppsPerMonth');
    expect(opps?.flipRate).toBeGreaterThan(0);
    expect(opps?.anyFlipShare).toBeGreaterThanOrEqual(opps?.flipRate ?? 1);
  });
});

describe('chooseQuestions', () => {
  const profiles = realisticProfiles(60);

  it('picks the two answers the rule reads and then agrees with the full verdict everywhere', () => {
    const { steps } = chooseQuestions(toyDecide, profiles, { count: 2 });
    expect(steps.map((s) => s.key).toSorted()).toEqual(['qualifiedOppsPerMonth', 'runwayMonths']);
    expect(steps[1]?.agreement).toBe(1);
    expect(steps[0]?.agreement).toBeLessThanOrEqual(1);
  });

  it('never asks a fixed question twice and agreement never falls as questions are added', () => {
    const { steps, baseline } = chooseQuestions(toyDecide, profiles, {
      count: 4,
      fixed: ['runwayMonths'],
    });
    expect(steps.map((s) => s.key)).not.toContain('runwayMonths');
    let last = baseline;
    for (const step of steps) {
      expect(step.agreement).toBeGreaterThanOrEqual(last);
      last = step.agreement;
    }
  });

  it('on the real engine, asking every question agrees with the full verdict exactly', () => {
    const keys = ANSWER_KEYS;
    const few = realisticProfiles(12, 7);
    expect(agreement(decideVerdict, few, keys)).toBe(1);
  }, 30_000);
});
