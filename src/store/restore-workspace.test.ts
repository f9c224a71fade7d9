import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import {
  firstIncompleteStep,
  hasProgress,
  isStepComplete,
  openView,
  resumeStep,
  stepsAnswered,
} from './progress';
import { migrateWorkspace } from './migrate-workspace';
import { restoreWorkspace } from './restore-workspace';
import { emptyDraft, isComplete } from './workspace-model';

const envelope = (state: unknown, version: unknown = 1) => JSON.stringify({ state, version });

const deps = { now: () => 1_700_000_000_000, newId: () => 'migrated-1' };

/** A v1 draft as one migrated assessment. */
function asWorkspace(draft: Record<string, unknown>) {
  return {
    assessments: [
      {
        id: 'migrated-1',
        whatIf: {},
        notes: '',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
        ...draft,
      },
    ],
    activeId: 'migrated-1',
    deleted: {},
  };
}

describe('restoreWorkspace', () => {
  it('migrates a valid v1 draft (fixture) into the first saved assessment, values unchanged', () => {
    const draft = { answers: SAMPLE_ANSWERS, step: 'check', assumptions: { aeOteUsd: 120_000 } };
    expect(restoreWorkspace(envelope(draft), deps)).toEqual({
      ok: true,
      workspace: asWorkspace(draft),
      dropped: [],
      migratedFrom: 1,
    });
  });

  it('an empty v1 draft becomes an empty workspace', () => {
    expect(
      restoreWorkspace(envelope({ answers: {}, step: 'company', assumptions: {} }), deps),
    ).toEqual({
      ok: true,
      workspace: { assessments: [], activeId: null, deleted: {} },
      dropped: [],
      migratedFrom: 1,
    });
  });

  it('restores v2 as saved', () => {
    const workspace = asWorkspace({ answers: { aes: 1 }, step: 'company', assumptions: {} });
    expect(restoreWorkspace(envelope(workspace, 2), deps)).toEqual({
      ok: true,
      workspace,
      dropped: [],
    });
  });

  it('names the problem for each kind of bad data', () => {
    expect(restoreWorkspace('not json', deps)).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(restoreWorkspace('[]', deps)).toMatchObject({ ok: false, problem: 'wrong-shape' });
    expect(restoreWorkspace(JSON.stringify({ state: {} }), deps)).toMatchObject({
      ok: false,
      problem: 'wrong-shape',
    });
    expect(restoreWorkspace(envelope({ answers: [] }), deps)).toMatchObject({
      ok: false,
      problem: 'wrong-shape',
    });
    expect(restoreWorkspace(envelope({ assessments: 'x' }, 2), deps)).toMatchObject({
      ok: false,
      problem: 'wrong-shape',
    });
    expect(restoreWorkspace(envelope({ answers: {} }, 3), deps)).toMatchObject({
      ok: false,
      problem: 'unknown-version',
    });
  });

  it('reports each dropped value and falls back to the first step for an unknown step', () => {
    const result = restoreWorkspace(
      envelope({ answers: { aes: 1.5, sdrs: 2 }, step: 'nowhere', assumptions: { nope: 1 } }),
      deps,
    );
    expect(result).toMatchObject({
      ok: true,
      workspace: asWorkspace({ answers: { sdrs: 2 }, step: 'company', assumptions: {} }),
      dropped: ['assessments[0].answers.aes', 'assessments[0].step'],
    });
  });

  it('drops v2 entries that are not assessments, keeps the rest', () => {
    const good = asWorkspace({ answers: { aes: 1 }, step: 'company', assumptions: {} });
    const raw = { ...good, assessments: [...good.assessments, 'junk', { id: '' }] };
    expect(restoreWorkspace(envelope(raw, 2), deps)).toEqual({
      ok: true,
      workspace: good,
      dropped: ['assessments[1]', 'assessments[2]'],
    });
  });

  it('a workspace that claims an older version is refused, not read as an empty draft', () => {
    // Found by the browser fuzz: v2-shaped data saved with version 1 (or 0) migrated to an empty
    // workspace with nothing reported, so the key was rewritten and the assessments lost.
    const saved = asWorkspace({ answers: { aes: 1 }, step: 'company', assumptions: {} });
    for (const version of [0, 1]) {
      expect(restoreWorkspace(envelope(saved, version), deps)).toMatchObject({
        ok: false,
        problem: 'wrong-shape',
        detail: expect.stringMatching(/assessments/),
      });
    }
    expect(() =>
      migrateWorkspace({ answers: {}, step: 'company', assumptions: {}, extra: 1 }, 1, deps),
    ).toThrow(/extra/);
  });

  it('migrates version 0 and says so', () => {
    const result = restoreWorkspace(envelope({ values: { aes: 1 }, page: 5 }, 0), deps);
    expect(result).toEqual({
      ok: true,
      workspace: asWorkspace({ answers: { aes: 1 }, step: 'capacity', assumptions: {} }),
      dropped: [],
      migratedFrom: 0,
    });
    expect(() => migrateWorkspace('x', 0, deps)).toThrow(/not an object/);
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

describe('openView: where Resume, Open and the header link go', () => {
  const { closeRatePct: _left, ...rest } = SAMPLE_ANSWERS;
  it('opens the result once every answer is there, whichever step was last visited', () => {
    expect(openView({ ...emptyDraft(), answers: SAMPLE_ANSWERS, step: 'deals' })).toBe('results');
    expect(openView({ ...emptyDraft(), answers: SAMPLE_ANSWERS, step: 'results' })).toBe('results');
  });
  it('otherwise carries on at the step resumeStep picks', () => {
    expect(openView({ ...emptyDraft(), answers: rest, step: 'lead-flow' })).toBe('lead-flow');
    expect(openView({ ...emptyDraft(), answers: rest, step: 'results' })).toBe('deals');
    expect(openView(emptyDraft())).toBe('company');
  });
});

function one(fields: Record<string, unknown>) {
  return JSON.stringify({
    state: {
      assessments: [{ id: 'a', answers: {}, step: 'company', ...fields }],
      activeId: 'a',
      deleted: { gone: 1e17 },
    },
    version: 2,
  });
}

describe('restoreWorkspace: limits (issue 12)', () => {
  it('replaces a date no Date can hold and reports it, so the page can show the rest', () => {
    const result = restoreWorkspace(one({ createdAt: 10, updatedAt: 1e16 }), deps);
    if (!result.ok) throw new Error(result.detail);
    expect(result.workspace.assessments[0]).toMatchObject({ createdAt: 10, updatedAt: 10 });
    expect(result.dropped).toEqual(['assessments[0].updatedAt']);
    expect(result.workspace.deleted).toEqual({});
  });

  it('cuts notes over the limit only with a report (never silently)', () => {
    const result = restoreWorkspace(one({ notes: 'x'.repeat(20_001) }), deps);
    if (!result.ok) throw new Error(result.detail);
    expect(result.workspace.assessments[0]?.notes).toHaveLength(20_000);
    expect(result.dropped).toEqual(['assessments[0].notes (too long)']);
  });
});
