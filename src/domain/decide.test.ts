import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { evaluate } from './evaluate';
import { sampleProfiles } from './profiles';

/*
 * `decide` works confidence and the trace out only when read; callers that read them (the quick
 * check, compare, saved JSON) must see the same values the full assessment shows.
 */
describe('decide: confidence and trace on first read', () => {
  const profiles = sampleProfiles(40, 7);

  it('reads the same confidence as the full assessment', () => {
    for (const answers of profiles) {
      const d = decide(answers);
      expect(d.confidence).toBe(evaluate(answers).recommendation.confidence);
    }
  });

  it('writes confidence and the trace out in JSON, with the other fields', () => {
    const d = decide(profiles[0]!);
    const json = JSON.parse(JSON.stringify(d));
    expect(json.kind).toBe(d.kind);
    expect(json.status).toBe(d.status);
    expect(json.confidence).toBe(d.confidence);
    expect(json.trace).toEqual(d.trace);
    expect(json.trace.length).toBeGreaterThan(0);
  });
});
