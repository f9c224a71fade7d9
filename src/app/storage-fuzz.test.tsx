// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import * as fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import { WorkspacePage } from '../features/workspace';
import { restoreWorkspaceFile } from '../share';
import {
  createWorkspaceStore,
  restoreWorkspace,
  useStorageStatus,
  useWorkspaceStore,
  WORKSPACE_KEY,
} from '../store';
import { QuotaStorage } from '../store/quota-storage';
import { StorageNotice } from './storage-notice';

/*
 * Issue 12's storage fuzz: corrupted, oversized and hostile saved data (dates, sizes, versions)
 * through the real loader and storage adapter, and hostile workspace files through the real import.
 * Every case must end with the page rendered, a notice when anything could not be read, and the
 * original text still in storage or offered for download.
 */

const deps = { now: () => 1_767_225_600_000, newId: () => `new-${Math.random()}` };

const HOSTILE_TIMES = [1e16, -1, 8.64e15 + 1, 1e308, -0, 0.5, 8.64e15, Number.MAX_SAFE_INTEGER];
const HOSTILE_VERSIONS = [-1, 0, 1, 2, 3, 99, 1.5, '2', null, 1e308];

const assessment = fc.record({
  id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string({ maxLength: 120 })),
  answers: fc.oneof(
    fc.constant(SAMPLE_ANSWERS as unknown),
    fc.constant({ companyName: 'Acme', customers: 3 } as unknown),
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue(), { maxKeys: 3 }),
    fc.jsonValue(),
  ),
  step: fc.oneof(fc.constantFrom('company', 'deals', 'results', 'check'), fc.jsonValue()),
  assumptions: fc.oneof(fc.constant({}), fc.constant({ aeOteUsd: -5 }), fc.jsonValue()),
  whatIf: fc.oneof(fc.constant({}), fc.constant({ acv: 1e300 }), fc.jsonValue()),
  notes: fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.nat({ max: 30_000 }).map((n) => 'n'.repeat(n)),
    fc.jsonValue(),
  ),
  createdAt: fc.oneof(fc.constantFrom(...HOSTILE_TIMES), fc.double(), fc.jsonValue()),
  updatedAt: fc.oneof(fc.constantFrom(...HOSTILE_TIMES), fc.double(), fc.jsonValue()),
});

const workspaceState = fc.record({
  assessments: fc.oneof(fc.array(assessment, { maxLength: 4 }), fc.jsonValue()),
  activeId: fc.oneof(fc.constantFrom('a', 'b', null), fc.jsonValue()),
  deleted: fc.oneof(
    fc.dictionary(fc.constantFrom('a', 'x'), fc.constantFrom(...HOSTILE_TIMES)),
    fc.jsonValue(),
  ),
});

/** A saved value: a hostile envelope, then maybe cut, spliced or blown up. */
const blob = fc
  .tuple(
    workspaceState,
    fc.oneof(fc.constantFrom(...HOSTILE_VERSIONS), fc.jsonValue()),
    fc.constantFrom('as-is', 'as-is', 'truncate', 'truncate', 'splice', 'splice', 'garbage', 'pad'),
    fc.nat(),
    fc.string({ maxLength: 8 }),
  )
  .map(([state, version, damage, at, junk]) => {
    const text = JSON.stringify({ state, version });
    const cut = at % Math.max(1, text.length);
    switch (damage) {
      case 'truncate':
        return text.slice(0, cut);
      case 'splice':
        return text.slice(0, cut) + junk + text.slice(cut + 1);
      case 'pad':
        // Oversized: a valid-looking workspace carrying megabytes.
        return JSON.stringify({
          state: { ...state, padding: 'p'.repeat(200_000 + (at % 2_000_000)) },
          version,
        });
      case 'garbage':
        return junk + text;
      default:
        return text;
    }
  });

function valuesIn(storage: QuotaStorage): string[] {
  return Object.values(storage.snapshot());
}

afterEach(cleanup);

function resetStatus() {
  useStorageStatus.setState({
    recovered: undefined,
    readOnly: false,
    original: undefined,
    saveError: undefined,
    deletedElsewhere: undefined,
    otherTabChanges: 0,
    otherTabSeen: 0,
  });
}

describe('storage fuzz (issue 12)', () => {
  it('1,200 corrupted, oversized and hostile saved values: rendered, explained, nothing lost', () => {
    let cases = 0;
    fc.assert(
      fc.property(blob, fc.constantFrom('roomy', 'tight'), (raw, room) => {
        cases++;
        resetStatus();
        // Tight: room for the value once, not for a copy of it.
        const storage = new QuotaStorage(room === 'roomy' ? 20_000_000 : raw.length + 5_000);
        storage.setItem(WORKSPACE_KEY, raw);
        const expected = restoreWorkspace(raw, deps);
        const readable = expected.ok && expected.dropped.length === 0;

        const store = createWorkspaceStore(() => storage, deps);
        // Work on, as a user would: every path writes.
        store.getState().saveStep({ customers: 4 });
        store.getState().setNotes('typed after loading');
        store.getState().createAssessment();
        store.flushWrites();

        const status = useStorageStatus.getState();
        const inStorage = valuesIn(storage).includes(raw);
        // The page renders whatever was loaded, with the notice.
        useWorkspaceStore.setState({
          assessments: store.getState().assessments,
          activeId: store.getState().activeId,
          deleted: store.getState().deleted,
        });
        // The notice every time; the whole Assessments page (which scores every complete
        // assessment, slow in jsdom) on every tenth case and whenever something was not readable.
        const withPage = !readable || cases % 10 === 0;
        render(
          <>
            <StorageNotice />
            {withPage ? <WorkspacePage /> : <h1>Saved assessments</h1>}
          </>,
        );
        const notice = document.querySelector('.app-notices')?.textContent ?? '';
        expect({
          rendered: screen.queryAllByRole('heading', { level: 1, name: 'Saved assessments' })
            .length,
          // Anything not fully read: a clear notice, and the original text kept or downloadable.
          explained: readable || (status.recovered !== undefined && /could not/.test(notice)),
          downloadable: readable || status.original === raw,
          keptOrDownloadable: readable || inStorage || status.original === raw,
          // Not copied aside: then it must still be exactly where it was.
          untouchedWhenReadOnly: !status.readOnly || storage.getItem(WORKSPACE_KEY) === raw,
        }).toEqual({
          rendered: 1,
          explained: true,
          downloadable: true,
          keptOrDownloadable: true,
          untouchedWhenReadOnly: true,
        });
        cleanup();
      }),
      { numRuns: 1_200, seed: 12 },
    );
    expect(cases).toBe(1_200);
  }, 600_000);

  it('hostile workspace files: refused with a reason, or imported and rendered', () => {
    fc.assert(
      fc.property(
        fc.record({
          format: fc.oneof(fc.constant('hire-ready.workspace'), fc.jsonValue()),
          version: fc.constantFrom(...HOSTILE_VERSIONS),
          assessments: fc.oneof(fc.array(assessment, { maxLength: 4 }), fc.jsonValue()),
        }),
        (file) => {
          resetStatus();
          const result = restoreWorkspaceFile(JSON.stringify(file));
          const store = createWorkspaceStore(() => new QuotaStorage(), deps);
          if (result.ok && result.value.kind === 'workspace')
            store.getState().importAssessments(result.value.assessments);
          useWorkspaceStore.setState({ assessments: store.getState().assessments });
          render(<WorkspacePage />);
          expect({
            reason: result.ok || result.error.message.length > 10,
            rendered: screen.queryAllByRole('heading', { level: 1 }).length,
          }).toEqual({ reason: true, rendered: 1 });
          cleanup();
        },
      ),
      { numRuns: 400, seed: 13 },
    );
  }, 300_000);
});
