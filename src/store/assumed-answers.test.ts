// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import { restoreWorkspace } from './restore-workspace';
import { activeOrEmpty } from './selectors';
import { WORKSPACE_KEY } from './workspace-key';
import { createWorkspaceStore } from './workspace-store';

// Issue 14: a quick check saves complete answers plus the keys that were filled with typical values.

let clock = 1_000;
let ids = 0;
const deps = { now: () => (clock += 10), newId: () => `id-${++ids}` };
const newStore = () => createWorkspaceStore(() => window.localStorage, deps);

beforeEach(() => localStorage.clear());

describe('assumed answers', () => {
  it('are kept with the assessment and leave the list as they are answered', () => {
    const store = newStore();
    store.getState().createAssessment({
      answers: SAMPLE_ANSWERS,
      assumptions: {},
      assumed: ['runwayMonths', 'crm', 'stakeholders'],
    });
    expect(activeOrEmpty(store.getState()).assumed).toEqual([
      'crm',
      'stakeholders',
      'runwayMonths',
    ]);
    expect(activeOrEmpty(store.getState()).step).toBe('results');

    store.getState().saveStep({ crm: 'crm-stages', stakeholders: 3 });
    expect(activeOrEmpty(store.getState()).assumed).toEqual(['runwayMonths']);
    // Saving a step that held no assumed answer leaves the list alone.
    store.getState().saveStep({ aes: 1 });
    expect(activeOrEmpty(store.getState()).assumed).toEqual(['runwayMonths']);

    // Keeping a what-if value makes it an answer the user chose.
    expect(store.getState().setWhatIf('runwayMonths', 9)).toBe(true);
    store.getState().keepWhatIf();
    const open = activeOrEmpty(store.getState());
    expect(open.assumed).toBeUndefined();
    expect(open.answers.runwayMonths).toBe(9);
    expect(open.answers.crm).toBe('crm-stages');
  });

  it('survive a reload and drop keys that are not answers', () => {
    const store = newStore();
    store.getState().createAssessment({
      answers: SAMPLE_ANSWERS,
      assumptions: {},
      assumed: ['acv', 'companyName', 'nonsense' as 'acv'],
    });
    const raw = localStorage.getItem(WORKSPACE_KEY) ?? '';
    const restored = restoreWorkspace(raw, deps);
    expect(restored.ok && restored.workspace.assessments[0]?.assumed).toEqual(['acv']);

    const damaged = raw.replace('"assumed":["acv"]', '"assumed":"acv"');
    const again = restoreWorkspace(damaged, deps);
    expect(again.ok && again.workspace.assessments[0]?.assumed).toBeUndefined();
    expect(again.ok && again.dropped).toEqual(['assessments[0].assumed']);
    // The answers are untouched either way.
    expect(again.ok && again.workspace.assessments[0]?.answers.acv).toBe(SAMPLE_ANSWERS.acv);
  });

  it('a full assessment carries no assumed list, and replacing clears it', () => {
    const store = newStore();
    store
      .getState()
      .createAssessment({ answers: SAMPLE_ANSWERS, assumptions: {}, assumed: ['acv'] });
    store.getState().replaceOpenAssessment({ answers: SAMPLE_ANSWERS, assumptions: {} });
    expect(activeOrEmpty(store.getState()).assumed).toBeUndefined();
    expect(localStorage.getItem(WORKSPACE_KEY)).not.toContain('"assumed"');
  });
});
