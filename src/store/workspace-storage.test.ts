// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import { QuotaStorage } from './quota-storage';
import { activeOrEmpty } from './selectors';
import { useStorageStatus } from './storage-status';
import { WORKSPACE_KEY } from './workspace-key';
import { createWorkspaceStore } from './workspace-store';

let clock = 1_000;
const deps = { now: () => (clock += 10), newId: () => `id-${clock}` };

beforeEach(() => {
  useStorageStatus.setState({
    recovered: undefined,
    readOnly: false,
    original: undefined,
    saveError: undefined,
    deletedElsewhere: undefined,
  });
});

describe('unreadable saved data that cannot be copied aside (storage full)', () => {
  it('is neither removed nor overwritten; the tab runs without saving and offers the text', () => {
    const storage = new QuotaStorage(5_000_000);
    const huge = `{${'x'.repeat(4_900_000)}`;
    storage.setItem(WORKSPACE_KEY, huge);
    const store = createWorkspaceStore(() => storage, deps);

    expect(storage.getItem(WORKSPACE_KEY)).toBe(huge);
    const status = useStorageStatus.getState();
    expect(status.readOnly).toBe(true);
    expect(status.recovered).toMatchObject({ backupKey: null, outcome: 'discarded' });
    expect(status.original).toBe(huge);

    // Working on goes on in memory, but never over the unread data.
    store.getState().saveStep({ customers: 3 });
    store.getState().setNotes('typed');
    expect(activeOrEmpty(store.getState()).answers).toEqual({ customers: 3 });
    expect(storage.getItem(WORKSPACE_KEY)).toBe(huge);
  });

  it('a newer version’s workspace too large to copy stays as it is', () => {
    const storage = new QuotaStorage(5_000_000);
    const future = JSON.stringify({
      state: { assessments: [], padding: 'p'.repeat(2_700_000) },
      version: 99,
    });
    storage.setItem(WORKSPACE_KEY, future);
    createWorkspaceStore(() => storage, deps)
      .getState()
      .createAssessment();
    expect(storage.getItem(WORKSPACE_KEY)).toBe(future);
    expect(useStorageStatus.getState().readOnly).toBe(true);
  });

  it('partly readable data that cannot be copied is not rewritten in its shortened form', () => {
    const storage = new QuotaStorage(3_000_000);
    const raw = JSON.stringify({
      state: {
        assessments: [
          {
            id: 'a',
            answers: { customers: 'many' },
            step: 'company',
            notes: 'n'.repeat(1_600_000),
          },
        ],
        activeId: 'a',
        deleted: {},
      },
      version: 2,
    });
    storage.setItem(WORKSPACE_KEY, raw);
    const store = createWorkspaceStore(() => storage, deps);
    store.getState().saveStep(SAMPLE_ANSWERS);
    expect(storage.getItem(WORKSPACE_KEY)).toBe(raw);
    expect(useStorageStatus.getState()).toMatchObject({ readOnly: true, original: raw });
  });

  it('another tab’s unreadable write is not overwritten when it cannot be copied', () => {
    const storage = new QuotaStorage(5_000_000);
    const store = createWorkspaceStore(() => storage, deps);
    store.getState().saveStep({ customers: 1 });
    const garbage = `{${'y'.repeat(4_000_000)}`;
    storage.setItem(WORKSPACE_KEY, garbage);
    store.getState().saveStep({ customers: 2 });
    expect(storage.getItem(WORKSPACE_KEY)).toBe(garbage);
    expect(useStorageStatus.getState().readOnly).toBe(true);
  });

  it('a workspace saved under version 1 is copied aside before the key is touched', () => {
    const storage = new QuotaStorage(5_000_000);
    const raw = JSON.stringify({
      state: {
        assessments: [{ id: 'a', answers: { customers: 9 }, step: 'company', assumptions: {} }],
        activeId: 'a',
        deleted: {},
      },
      version: 1,
    });
    storage.setItem(WORKSPACE_KEY, raw);
    createWorkspaceStore(() => storage, deps);
    const { recovered, original } = useStorageStatus.getState();
    expect(recovered).toMatchObject({ outcome: 'discarded' });
    expect(original).toBe(raw);
    expect(storage.getItem(recovered?.backupKey ?? '')).toBe(raw);
  });

  it('with room for a copy, the copy is made first and saving goes on', () => {
    const storage = new QuotaStorage(5_000_000);
    storage.setItem(WORKSPACE_KEY, '{broken');
    const store = createWorkspaceStore(() => storage, deps);
    const { recovered, readOnly, original } = useStorageStatus.getState();
    expect(readOnly).toBe(false);
    expect(original).toBe('{broken');
    expect(storage.getItem(recovered?.backupKey ?? '')).toBe('{broken');
    store.getState().saveStep({ customers: 4 });
    expect(storage.getItem(WORKSPACE_KEY)).toContain('"customers":4');
  });

  it('a partly readable value written by another tab is copied aside before a save merges over it', () => {
    const storage = new QuotaStorage(5_000_000);
    const store = createWorkspaceStore(() => storage, deps);
    store.getState().saveStep({ customers: 1 });
    const partial = JSON.stringify({
      state: { assessments: [{ id: 7, answers: {} }], activeId: null, deleted: {} },
      version: 2,
    });
    storage.setItem(WORKSPACE_KEY, partial);
    store.getState().saveStep({ customers: 2 });
    expect(Object.values(storage.snapshot())).toContain(partial);
    expect(useStorageStatus.getState().original).toBe(partial);
  });
});

describe('saving a large workspace', () => {
  it('writes exactly what JSON.stringify would, also after one assessment changed', () => {
    const storage = new QuotaStorage(5_000_000);
    const store = createWorkspaceStore(() => storage, deps);
    for (let i = 0; i < 3; i++)
      store
        .getState()
        .createAssessment({
          answers: { ...SAMPLE_ANSWERS, companyName: `C${i}` },
          assumptions: {},
        });
    store.getState().setNotes('first');
    store.flushWrites();
    const snapshot = () => {
      const { assessments, activeId, deleted } = store.getState();
      return JSON.stringify({ state: { assessments, activeId, deleted }, version: 2 });
    };
    expect(JSON.parse(storage.getItem(WORKSPACE_KEY) ?? '')).toEqual(JSON.parse(snapshot()));
    store.getState().setNotes('second');
    store.flushWrites();
    expect(storage.getItem(WORKSPACE_KEY)).toBe(snapshot());
    expect(activeOrEmpty(store.getState()).notes).toBe('second');
  });

  it('notes go to the assessment they were typed in, even after another was opened', () => {
    const storage = new QuotaStorage(5_000_000);
    const store = createWorkspaceStore(() => storage, deps);
    const first = store
      .getState()
      .createAssessment({ answers: { companyName: 'First' }, assumptions: {} });
    store.getState().createAssessment({ answers: { companyName: 'Second' }, assumptions: {} });
    store.getState().setNotes('for the first', first ?? undefined);
    const byName = (name: string) =>
      store.getState().assessments.find((a) => a.answers.companyName === name);
    expect(byName('First')?.notes).toBe('for the first');
    expect(byName('Second')?.notes).toBe('');
    // An assessment deleted meanwhile is not brought back by late notes.
    store.getState().deleteAssessment(first ?? '');
    store.getState().setNotes('too late', first ?? undefined);
    expect(byName('First')).toBeUndefined();
  });
});
