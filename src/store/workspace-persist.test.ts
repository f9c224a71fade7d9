// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ASSUMPTIONS, SAMPLE_ANSWERS } from '../domain';
import { WORKSPACE_BACKUP_PREFIX, WORKSPACE_KEY } from './workspace-key';
import { syncWithOtherTabs } from './cross-tab-sync';
import { activeOrEmpty } from './selectors';
import { createWorkspaceStore } from './workspace-store';
import { effectiveAssumptions, isComplete } from './workspace-model';
import { SAVE_FULL_MESSAGE, useStorageStatus } from './storage-status';
import { useUnsavedInput } from './unsaved-input';

function saved(): unknown {
  const raw = localStorage.getItem(WORKSPACE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

function backups(): Record<string, string> {
  const found: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(WORKSPACE_BACKUP_PREFIX)) found[key] = localStorage.getItem(key) ?? '';
  }
  return found;
}

const cleanups: (() => void)[] = [];

beforeEach(() => {
  localStorage.clear();
  useStorageStatus.setState({
    recovered: undefined,
    readOnly: false,
    original: undefined,
    deletedElsewhere: undefined,
    saveError: undefined,
    otherTabChanges: 0,
    otherTabSeen: 0,
  });
  useUnsavedInput.getState().discardAll();
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('persisting', () => {
  it('saves only answers, step, changed assumptions and the version', () => {
    const store = createWorkspaceStore();
    store.getState().saveStep({ customers: 18, aes: 0 });
    store.getState().setStep('lead-flow');
    store.getState().setAssumption('aeOteUsd', 160_000);
    const id = store.getState().activeId;
    expect(saved()).toEqual({
      state: {
        assessments: [
          {
            id,
            answers: { customers: 18, aes: 0 },
            step: 'lead-flow',
            assumptions: { aeOteUsd: 160_000 },
            whatIf: {},
            notes: '',
            createdAt: expect.any(Number),
            updatedAt: expect.any(Number),
          },
        ],
        activeId: id,
        deleted: {},
      },
      version: 2,
    });
  });

  it('loads what was saved into a new store (a reload)', () => {
    createWorkspaceStore().getState().saveStep({ arrBand: 'under-1m', customers: 4 });
    const reloaded = createWorkspaceStore().getState();
    expect(activeOrEmpty(reloaded).answers).toEqual({ arrBand: 'under-1m', customers: 4 });
    expect(useStorageStatus.getState().recovered).toBeUndefined();
  });

  it('never stores invalid answers, even when handed them', () => {
    const store = createWorkspaceStore();
    store.getState().saveStep({ customers: -3, aes: 2 } as never);
    expect(activeOrEmpty(store.getState()).answers).toEqual({ aes: 2 });
  });

  it('keeps only assumptions that differ from the default, and rejects out-of-range ones', () => {
    const store = createWorkspaceStore();
    expect(store.getState().setAssumption('quotaMultiple', 4)).toBe(true);
    expect(store.getState().setAssumption('quotaMultiple', DEFAULT_ASSUMPTIONS.quotaMultiple)).toBe(
      true,
    );
    expect(activeOrEmpty(store.getState()).assumptions).toEqual({});
    expect(store.getState().setAssumption('quotaMultiple', 99)).toBe(false);
    store.getState().setAssumption('aeRampMonths', 7);
    expect(effectiveAssumptions(activeOrEmpty(store.getState()).assumptions).aeRampMonths).toBe(7);
    store.getState().resetAssumptions();
    expect(activeOrEmpty(store.getState()).assumptions).toEqual({});
  });

  it('replaceOpenAssessment swaps everything in and goes to the results when complete', () => {
    const store = createWorkspaceStore();
    store.getState().saveStep({ customers: 1 });
    store
      .getState()
      .replaceOpenAssessment({ answers: SAMPLE_ANSWERS, assumptions: { sdrsPerAe: 1 } });
    expect(isComplete(activeOrEmpty(store.getState()).answers)).toBe(true);
    expect(activeOrEmpty(store.getState()).step).toBe('results');
    expect(activeOrEmpty(store.getState()).assumptions).toEqual({ sdrsPerAe: 1 });
  });

  it('deleteOpenAssessment deletes the open assessment (and remembers the deletion for other tabs)', () => {
    const store = createWorkspaceStore();
    store.getState().saveStep({ customers: 3 });
    const id = store.getState().activeId ?? '';
    useUnsavedInput.getState().keep('deals', { acv: 'abc' }, {});
    store.getState().deleteOpenAssessment();
    expect(activeOrEmpty(store.getState()).answers).toEqual({});
    expect(saved()).toMatchObject({
      state: { assessments: [], activeId: null, deleted: { [id]: expect.any(Number) } },
    });
    expect(useUnsavedInput.getState().byStep).toEqual({});
  });

  it('drops the unsubmitted copy of a step once that step is saved', () => {
    const store = createWorkspaceStore();
    useUnsavedInput.getState().keep('company', { customers: '1x' }, {});
    useUnsavedInput.getState().keep('deals', { acv: '9' }, {});
    store.getState().saveStep({ customers: 1 });
    expect(useUnsavedInput.getState().byStep).toEqual({ deals: { acv: '9' } });
  });
});

describe('loading saved data', () => {
  it('migrates a version 0 draft (flat values and a page number)', () => {
    const v0 = {
      state: { values: { customers: 12, arrBand: 'under-1m', shoeSize: 44 }, page: 3 },
      version: 0,
    };
    localStorage.setItem(WORKSPACE_KEY, JSON.stringify(v0));
    const store = createWorkspaceStore();
    expect(activeOrEmpty(store.getState()).answers).toEqual({ customers: 12, arrBand: 'under-1m' });
    expect(activeOrEmpty(store.getState()).step).toBe('process');
    expect(saved()).toMatchObject({
      state: {
        assessments: [
          { answers: { customers: 12, arrBand: 'under-1m' }, step: 'process', assumptions: {} },
        ],
      },
      version: 2,
    });
    expect(useStorageStatus.getState().recovered).toBeUndefined();
  });

  it('keeps corrupt JSON aside, says so, and starts clean', () => {
    localStorage.setItem(WORKSPACE_KEY, '{"state":{"answers":{"custo');
    const store = createWorkspaceStore();
    expect(activeOrEmpty(store.getState()).answers).toEqual({});
    expect(activeOrEmpty(store.getState()).step).toBe('company');
    const recovered = useStorageStatus.getState().recovered;
    expect(recovered?.outcome).toBe('discarded');
    expect(recovered?.backupKey).toMatch(/^hire-ready:draft:backup:\d+/);
    expect(backups()).toEqual({ [recovered?.backupKey ?? '']: '{"state":{"answers":{"custo' });
    expect(localStorage.getItem(WORKSPACE_KEY)).toBeNull();
    // The app keeps working and saving.
    store.getState().saveStep({ customers: 2 });
    expect(activeOrEmpty(createWorkspaceStore().getState()).answers).toEqual({ customers: 2 });
  });

  it('keeps same-version data with the wrong shape aside and starts clean', () => {
    const wrong = JSON.stringify({ state: { answers: 'all of them', step: 7 }, version: 1 });
    localStorage.setItem(WORKSPACE_KEY, wrong);
    const store = createWorkspaceStore();
    expect(activeOrEmpty(store.getState()).answers).toEqual({});
    expect(useStorageStatus.getState().recovered).toMatchObject({ outcome: 'discarded' });
    expect(Object.values(backups())).toEqual([wrong]);
  });

  it('keeps valid answers, drops invalid ones, and keeps the original aside', () => {
    const raw = JSON.stringify({
      state: {
        answers: { customers: 5, acv: -1, closeRatePct: 'lots', unknownKey: 1 },
        step: 'deals',
        assumptions: { aeOteUsd: 1 },
      },
      version: 1,
    });
    localStorage.setItem(WORKSPACE_KEY, raw);
    const store = createWorkspaceStore();
    expect(activeOrEmpty(store.getState()).answers).toEqual({ customers: 5 });
    expect(activeOrEmpty(store.getState()).assumptions).toEqual({});
    expect(activeOrEmpty(store.getState()).step).toBe('deals');
    expect(useStorageStatus.getState().recovered).toMatchObject({ outcome: 'partial' });
    expect(Object.values(backups())).toEqual([raw]);
  });

  it('keeps a draft from an unknown (newer) version aside rather than overwriting it', () => {
    const future = JSON.stringify({
      state: { answers: {}, step: 'company', assumptions: {}, extra: true },
      version: 9,
    });
    localStorage.setItem(WORKSPACE_KEY, future);
    createWorkspaceStore().getState().saveStep({ customers: 1 });
    expect(useStorageStatus.getState().recovered?.reason).toMatch(/unknown-version/);
    expect(Object.values(backups())).toEqual([future]);
  });

  it('keeps at most three backups', () => {
    for (let i = 0; i < 5; i++) {
      localStorage.setItem(WORKSPACE_KEY, `broken ${i}`);
      createWorkspaceStore();
    }
    expect(Object.values(backups()).toSorted()).toEqual(['broken 2', 'broken 3', 'broken 4']);
  });
});

describe('when storage fails', () => {
  it('keeps answers in memory and says storage is full when the quota is exceeded', () => {
    const store = createWorkspaceStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => store.getState().saveStep({ customers: 7 })).not.toThrow();
    expect(activeOrEmpty(store.getState()).answers).toEqual({ customers: 7 });
    expect(useStorageStatus.getState().saveError).toBe(SAVE_FULL_MESSAGE);
    expect(SAVE_FULL_MESSAGE).toMatch(/storage is full.*kept in this tab but not saved/);

    // Space freed: the next save works and the message goes away.
    setItem.mockRestore();
    store.getState().saveStep({ aes: 1 });
    expect(useStorageStatus.getState().saveError).toBeUndefined();
    expect(activeOrEmpty(createWorkspaceStore().getState()).answers).toEqual({
      customers: 7,
      aes: 1,
    });
  });

  it('works in memory when localStorage itself cannot be reached', () => {
    const store = createWorkspaceStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => store.getState().saveStep({ customers: 7 })).not.toThrow();
    expect(activeOrEmpty(store.getState()).answers).toEqual({ customers: 7 });
    expect(useStorageStatus.getState().saveError).toMatch(/not letting this site save/);
  });
});

/** The saved workspace with the one assessment's fields changed: what another tab would write. */
function editedElsewhere(change: Record<string, unknown>, bump = 1000): string {
  const envelope = saved() as {
    state: { assessments: Record<string, unknown>[] };
    version: number;
  };
  const [first] = envelope.state.assessments;
  if (!first) throw new Error('nothing saved');
  envelope.state.assessments = [
    { ...first, ...change, updatedAt: (first.updatedAt as number) + bump },
  ];
  return JSON.stringify(envelope);
}

/** Simulates another tab writing the draft: the browser fires `storage` only in other tabs. */
function otherTabWrites(value: string | null) {
  const oldValue = localStorage.getItem(WORKSPACE_KEY);
  if (value === null) localStorage.removeItem(WORKSPACE_KEY);
  else localStorage.setItem(WORKSPACE_KEY, value);
  window.dispatchEvent(
    new StorageEvent('storage', {
      key: WORKSPACE_KEY,
      oldValue,
      newValue: value,
      storageArea: localStorage,
    }),
  );
}

describe('two tabs', () => {
  it('takes in the other tab’s answers, so its own next save does not overwrite them', async () => {
    const store = createWorkspaceStore();
    cleanups.push(syncWithOtherTabs(store));
    store.getState().saveStep({ customers: 3 });

    otherTabWrites(editedElsewhere({ answers: { customers: 3, aes: 2 } }));
    await vi.waitFor(() => expect(useStorageStatus.getState().otherTabChanges).toBe(1));
    expect(activeOrEmpty(store.getState()).answers).toEqual({ customers: 3, aes: 2 });

    store.getState().saveStep({ sdrs: 1 });
    expect(saved()).toMatchObject({
      state: { assessments: [{ answers: { customers: 3, aes: 2, sdrs: 1 } }] },
    });
  });

  it('keeps this tab’s unsubmitted input when another tab saves', async () => {
    const store = createWorkspaceStore();
    cleanups.push(syncWithOtherTabs(store));
    store.getState().saveStep({ customers: 1 });
    useUnsavedInput.getState().keep('company', { customers: '40' }, {});
    otherTabWrites(editedElsewhere({ answers: { customers: 9 } }));
    await vi.waitFor(() =>
      expect(activeOrEmpty(store.getState()).answers).toEqual({ customers: 9 }),
    );
    expect(useUnsavedInput.getState().byStep.company).toEqual({ customers: '40' });
  });

  it('empties this tab when the other tab starts over', async () => {
    const store = createWorkspaceStore();
    cleanups.push(syncWithOtherTabs(store));
    store.getState().saveStep({ customers: 3 });
    otherTabWrites(null);
    await vi.waitFor(() => expect(activeOrEmpty(store.getState()).answers).toEqual({}));
    // And this tab does not write the old answers back.
    expect(localStorage.getItem(WORKSPACE_KEY)).toBeNull();
  });

  it('keeps the open assessment, typing included, when another tab deletes it (issue 12)', async () => {
    const store = createWorkspaceStore();
    cleanups.push(syncWithOtherTabs(store));
    store.getState().saveStep({ customers: 1 });
    store.getState().setNotes('typed here');
    const id = store.getState().activeId ?? '';
    const envelope = saved() as { state: Record<string, unknown>; version: number };
    otherTabWrites(
      JSON.stringify({
        ...envelope,
        state: { assessments: [], activeId: null, deleted: { [id]: Date.now() + 60_000 } },
      }),
    );
    await vi.waitFor(() => expect(useStorageStatus.getState().deletedElsewhere).toBeDefined());
    expect(useStorageStatus.getState().deletedElsewhere).toMatchObject({ id, notes: 'typed here' });
    expect(store.getState().activeId).toBeNull();

    // "Restore it" from the notice.
    const copy = useStorageStatus.getState().deletedElsewhere;
    if (!copy) throw new Error('no copy');
    store.getState().restoreAssessment(copy);
    store.getState().openAssessment(copy.id);
    expect(activeOrEmpty(store.getState()).notes).toBe('typed here');
    expect(activeOrEmpty(createWorkspaceStore().getState()).notes).toBe('typed here');
  });

  it('does not announce a change when only the other tab’s step moved', async () => {
    const store = createWorkspaceStore();
    cleanups.push(syncWithOtherTabs(store));
    store.getState().saveStep({ customers: 3 });
    otherTabWrites(editedElsewhere({ step: 'deals' }));
    await store.persist.rehydrate();
    expect(activeOrEmpty(store.getState()).step).toBe('deals');
    expect(useStorageStatus.getState().otherTabChanges).toBe(0);
  });

  it('ignores other keys', async () => {
    const store = createWorkspaceStore();
    cleanups.push(syncWithOtherTabs(store));
    const rehydrate = vi.spyOn(store.persist, 'rehydrate');
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: 'something-else',
        newValue: 'x',
        storageArea: localStorage,
      }),
    );
    expect(rehydrate).not.toHaveBeenCalled();
  });
});
