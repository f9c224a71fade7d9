// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import { MAX_ASSESSMENTS } from '../share/limits';
import { WORKSPACE_KEY } from './workspace-key';
import { activeOrEmpty, assessmentName } from './selectors';
import { createWorkspaceStore } from './workspace-store';
import type { SavedAssessment } from './workspace-model';
import { SAVE_FULL_MESSAGE, useStorageStatus } from './storage-status';

let clock = 1_000;
let ids = 0;
const deps = { now: () => (clock += 10), newId: () => `id-${++ids}` };
const newStore = () => createWorkspaceStore(() => window.localStorage, deps);

beforeEach(() => {
  localStorage.clear();
  useStorageStatus.setState({
    recovered: undefined,
    readOnly: false,
    saveError: undefined,
    deletedElsewhere: undefined,
    otherTabChanges: 0,
  });
});

function savedList(): SavedAssessment[] {
  return (
    JSON.parse(localStorage.getItem(WORKSPACE_KEY) ?? 'null') as {
      state: { assessments: SavedAssessment[] };
    }
  ).state.assessments;
}

describe('the assessment limit', () => {
  it('at 2,000 saved, nothing new is started: New assessment, a link copy or the wizard', () => {
    const store = newStore();
    const full = Array.from({ length: MAX_ASSESSMENTS }, (_, i) => ({
      id: `c-${i}`,
      answers: { companyName: `Client ${i}` },
      step: 'company' as const,
      assumptions: {},
      whatIf: {},
      notes: '',
      createdAt: 1,
      updatedAt: 1,
    }));
    store.setState({ assessments: full, activeId: null });
    expect(store.getState().createAssessment()).toBeNull();
    expect(
      store.getState().createAssessment({ answers: SAMPLE_ANSWERS, assumptions: {} }),
    ).toBeNull();
    // The wizard's first Continue with nothing open.
    store.getState().saveStep({ customers: 3 });
    expect(store.getState().setAssumption('aeOteUsd', 150_000)).toBe(false);
    expect(store.getState().assessments).toHaveLength(MAX_ASSESSMENTS);
    expect(store.getState().activeId).toBeNull();
    // With one open, work on it goes on as usual.
    store.getState().openAssessment('c-7');
    store.getState().saveStep({ customers: 3 });
    expect(activeOrEmpty(store.getState()).answers).toMatchObject({ customers: 3 });
    expect(store.getState().assessments).toHaveLength(MAX_ASSESSMENTS);
  });
});

describe('list operations', () => {
  it('creates, renames, duplicates, deletes and restores with undo', () => {
    const store = newStore();
    const a = store.getState().createAssessment({ answers: SAMPLE_ANSWERS, assumptions: {} }) ?? '';
    expect(store.getState().activeId).toBe(a);
    expect(activeOrEmpty(store.getState()).step).toBe('results');

    expect(store.getState().renameAssessment(a, '  Acme West ')).toBe(true);
    expect(assessmentName(activeOrEmpty(store.getState()))).toBe('Acme West');
    expect(store.getState().renameAssessment(a, 'x'.repeat(81))).toBe(false);

    const copy = store.getState().duplicateAssessment(a) ?? '';
    const copied = store.getState().assessments.find((x) => x.id === copy);
    expect(copied?.answers.companyName).toBe('Copy of Acme West');
    expect(copied?.answers.acv).toBe(SAMPLE_ANSWERS.acv);

    const removed = store.getState().deleteAssessment(a);
    expect(removed?.id).toBe(a);
    expect(store.getState().activeId).toBeNull();
    expect(savedList().map((x) => x.id)).toEqual([copy]);

    store.getState().restoreAssessment(removed as SavedAssessment);
    expect(
      savedList()
        .map((x) => x.id)
        .toSorted(),
    ).toEqual([a, copy].toSorted());
    // A reload keeps the restored one (its deletion is forgotten).
    expect(newStore().getState().assessments).toHaveLength(2);
  });

  it('what-if values score over the answers, revert, and can be kept', () => {
    const store = newStore();
    store.getState().createAssessment({ answers: SAMPLE_ANSWERS, assumptions: {} });
    expect(store.getState().setWhatIf('qualifiedOppsPerMonth', 30)).toBe(true);
    expect(store.getState().setWhatIf('closeRatePct', 120)).toBe(false);
    expect(activeOrEmpty(store.getState()).whatIf).toEqual({ qualifiedOppsPerMonth: 30 });
    // Survives a reload.
    expect(activeOrEmpty(newStore().getState()).whatIf).toEqual({ qualifiedOppsPerMonth: 30 });
    store.getState().revertWhatIf('qualifiedOppsPerMonth');
    expect(activeOrEmpty(store.getState()).whatIf).toEqual({});
    store.getState().setWhatIf('acv', 50_000);
    store.getState().keepWhatIf();
    expect(activeOrEmpty(store.getState()).answers.acv).toBe(50_000);
    expect(activeOrEmpty(store.getState()).whatIf).toEqual({});
  });
});

describe('import merge', () => {
  it('adds new ids, replaces older copies with newer ones, skips the same', () => {
    const store = newStore();
    const a =
      store.getState().createAssessment({ answers: { companyName: 'A' }, assumptions: {} }) ?? '';
    const b =
      store.getState().createAssessment({ answers: { companyName: 'B' }, assumptions: {} }) ?? '';
    const [savedA, savedB] = store.getState().assessments as [SavedAssessment, SavedAssessment];
    const report = store.getState().importAssessments([
      savedA,
      {
        ...savedB,
        answers: { companyName: 'B, renamed elsewhere' },
        updatedAt: savedB.updatedAt + 5,
      },
      { ...savedA, id: 'new-one', answers: { companyName: 'C' } },
    ]);
    expect(report).toEqual({
      added: 1,
      updated: 1,
      skipped: 1,
      updatedNames: ['B, renamed elsewhere'],
    });
    expect(store.getState().assessments.map((x) => x.answers.companyName)).toEqual([
      'A',
      'B, renamed elsewhere',
      'C',
    ]);
    expect([a, b]).toHaveLength(2);
  });

  it('an older copy in the file does not replace a newer one here', () => {
    const store = newStore();
    store.getState().createAssessment({ answers: { companyName: 'Here' }, assumptions: {} });
    const [here] = store.getState().assessments as [SavedAssessment];
    const report = store
      .getState()
      .importAssessments([
        { ...here, answers: { companyName: 'Old' }, updatedAt: here.updatedAt - 1 },
      ]);
    expect(report.skipped).toBe(1);
    expect(store.getState().assessments[0]?.answers.companyName).toBe('Here');
  });
});

describe('storage failures', () => {
  it('a full storage keeps the saved list intact and says so', () => {
    const store = newStore();
    store.getState().createAssessment({ answers: { companyName: 'Saved' }, assumptions: {} });
    const before = localStorage.getItem(WORKSPACE_KEY);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.getState().createAssessment({ answers: { companyName: 'Not saved' }, assumptions: {} });
    expect(localStorage.getItem(WORKSPACE_KEY)).toBe(before);
    expect(useStorageStatus.getState().saveError).toBe(SAVE_FULL_MESSAGE);
    expect(store.getState().assessments).toHaveLength(2);
    setItem.mockRestore();
    // The next successful save writes both: nothing kept in the tab was lost.
    store.getState().setNotes('ok');
    expect(savedList()).toHaveLength(2);
  });
});

describe('two tabs', () => {
  it('tab 1 editing A and tab 2 editing B both survive, with no storage event in between', () => {
    const tab1 = newStore();
    const a =
      tab1.getState().createAssessment({ answers: { companyName: 'A' }, assumptions: {} }) ?? '';
    const b =
      tab1.getState().createAssessment({ answers: { companyName: 'B' }, assumptions: {} }) ?? '';
    const tab2 = newStore();
    tab1.getState().openAssessment(a);
    tab2.getState().openAssessment(b);
    tab1.getState().saveStep({ customers: 11 });
    // Tab 2 has not heard of tab 1's edit; its write must not undo it.
    tab2.getState().saveStep({ customers: 22 });
    const list = savedList();
    expect(list.find((x) => x.id === a)?.answers.customers).toBe(11);
    expect(list.find((x) => x.id === b)?.answers.customers).toBe(22);
  });

  it('an assessment created in another tab is not dropped by this tab’s next write', () => {
    const tab1 = newStore();
    tab1.getState().createAssessment({ answers: { companyName: 'A' }, assumptions: {} });
    const tab2 = newStore();
    tab2.getState().createAssessment({ answers: { companyName: 'From tab 2' }, assumptions: {} });
    tab1.getState().setNotes('still here');
    expect(
      savedList()
        .map((x) => x.answers.companyName)
        .toSorted(),
    ).toEqual(['A', 'From tab 2']);
  });

  it('a deletion in one tab is not undone by another tab’s older copy', () => {
    const tab1 = newStore();
    const a =
      tab1.getState().createAssessment({ answers: { companyName: 'A' }, assumptions: {} }) ?? '';
    const b =
      tab1.getState().createAssessment({ answers: { companyName: 'B' }, assumptions: {} }) ?? '';
    const tab2 = newStore();
    tab1.getState().deleteAssessment(a);
    tab2.getState().openAssessment(b);
    tab2.getState().setNotes('edit B');
    expect(savedList().map((x) => x.id)).toEqual([b]);
  });
});

describe('the assessment limit (issue 12)', () => {
  it('an import that would pass 2,000 changes nothing and says how many there would be', () => {
    const store = newStore();
    store.getState().createAssessment();
    const file: SavedAssessment[] = Array.from({ length: 2_000 }, (_, i) => ({
      id: `f-${i}`,
      answers: {},
      step: 'company',
      assumptions: {},
      whatIf: {},
      notes: '',
      createdAt: 1,
      updatedAt: 1,
    }));
    expect(store.getState().importAssessments(file)).toMatchObject({ added: 0, overLimit: 2_001 });
    expect(store.getState().assessments).toHaveLength(1);
    expect(store.getState().importAssessments(file.slice(1))).toMatchObject({ added: 1_999 });
    expect(store.getState().assessments).toHaveLength(2_000);
    expect(store.getState().duplicateAssessment('f-1')).toBeNull();
  });
});
