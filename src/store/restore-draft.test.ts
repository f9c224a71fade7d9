import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import {
  firstIncompleteStep,
  hasProgress,
  isStepComplete,
  resumeStep,
  stepsAnswered,
} from './progress';
import { emptyDraft, isComplete, migrateDraft, restoreDraft } from './restore-draft';

const envelope = (state: unknown, version: unknown = 1) => JSON.stringify({ state, version });

describe('restoreDraft', () => {
  it('restores a valid draft unchanged', () => {
    const draft = { answers: SAMPLE_ANSWERS, step: 'check', assumptions: { aeOteUsd: 120_000 } };
    expect(restoreDraft(envelope(draft))).toEqual({ ok: true, draft, dropped: [] });
  });

  it('names the problem for each kind of bad data', () => {
    expect(restoreDraft('not json')).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(restoreDraft('[]')).toMatchObject({ ok: false, problem: 'wrong-shape' });
    expect(restoreDraft(JSON.stringify({ state: {} }))).toMatchObject({
      ok: false,
      problem: 'wrong-shape',
    });
    expect(restoreDraft(envelope({ answers: [] }))).toMatchObject({
      ok: false,
      problem: 'wrong-shape',
    });
    expect(restoreDraft(envelope({ answers: {} }, 2))).toMatchObject({
      ok: false,
      problem: 'unknown-version',
    });
  });

  it('reports each dropped value and falls back to the first step for an unknown step', () => {
    const result = restoreDraft(
      envelope({ answers: { aes: 1.5, sdrs: 2 }, step: 'nowhere', assumptions: { nope: 1 } }),
    );
    expect(result).toEqual({
      ok: true,
      draft: { answers: { sdrs: 2 }, step: 'company', assumptions: {} },
      dropped: ['answers.aes', 'step'],
    });
  });

  it('migrates version 0 and says so', () => {
    const result = restoreDraft(envelope({ values: { aes: 1 }, page: 5 }, 0));
    expect(result).toEqual({
      ok: true,
      draft: { answers: { aes: 1 }, step: 'capacity', assumptions: {} },
      dropped: [],
      migratedFrom: 0,
    });
    expect(() => migrateDraft('x', 0)).toThrow(/not an object/);
  });
});

describe('progress helpers', () => {
  it('finds the first step with a missing answer', () => {
    expect(firstIncompleteStep({})).toBe('company');
    const { closeRatePct: _left, ...rest } = SAMPLE_ANSWERS;
    expect(firstIncompleteStep(rest)).toBe('deals');
    expect(isStepComplete(rest, 'process')).toBe(true);
    expect(firstIncompleteStep(SAMPLE_ANSWERS)).toBeNull();
    expect(isComplete(SAMPLE_ANSWERS)).toBe(true);
    expect(isComplete(rest)).toBe(false);
  });

  it('treats a visit to the first step alone as no progress', () => {
    expect(hasProgress(emptyDraft())).toBe(false);
    expect(hasProgress({ ...emptyDraft(), step: 'lead-flow' })).toBe(true);
    expect(hasProgress({ ...emptyDraft(), answers: { aes: 0 } })).toBe(true);
  });
});

describe('resumeStep', () => {
  it('resumes where the user was, unless an earlier step has a gap', () => {
    const { closeRatePct: _left, ...rest } = SAMPLE_ANSWERS;
    expect(resumeStep({ ...emptyDraft(), answers: rest, step: 'lead-flow' })).toBe('lead-flow');
    expect(resumeStep({ ...emptyDraft(), answers: rest, step: 'capacity' })).toBe('deals');
    expect(resumeStep({ ...emptyDraft(), answers: rest, step: 'results' })).toBe('deals');
    expect(resumeStep({ ...emptyDraft(), answers: SAMPLE_ANSWERS, step: 'results' })).toBe(
      'results',
    );
    expect(stepsAnswered(rest)).toBe(4);
  });
});
