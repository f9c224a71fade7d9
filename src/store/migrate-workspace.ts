import { STEP_IDS } from '../domain';
import { isRecord, restoreDraftState, type RestoreProblem } from './restore-values';
import { WORKSPACE_VERSION, type RestoreDeps } from './workspace-model';

export class WorkspaceFormatError extends Error {
  constructor(
    readonly problem: RestoreProblem,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceFormatError';
  }
}

/** The only keys each old format ever wrote (v1: persist's `partialize`; v0: the prototype). */
const KEYS_OF_VERSION: Record<number, readonly string[]> = {
  0: ['values', 'page'],
  1: ['answers', 'step', 'assumptions'],
};

/**
 * Data with keys its claimed version never wrote is not that version's data (a workspace saved
 * with a wrong version, another program's value). Migrating it would read it as an empty draft and
 * the rewrite would lose it, so it is refused: the storage adapter copies it aside first.
 */
function checkKeys(state: Record<string, unknown>, version: number): void {
  const known = KEYS_OF_VERSION[version];
  if (!known) return;
  const foreign = Object.keys(state).filter((key) => !known.includes(key));
  if (foreign.length > 0) {
    throw new WorkspaceFormatError(
      'wrong-shape',
      `The saved draft says version ${version} but holds keys that version never had: ${foreign
        .slice(0, 5)
        .join(', ')}.`,
    );
  }
}

/**
 * Brings saved state from `version` up to the current format, without validating values (that is
 * `restoreWorkspaceState`'s job). Throws WorkspaceFormatError when there is no path.
 *
 * Version 0 is the pre-release prototype's format: answers flat under `values` and the step as a
 * 1-based `page` number. Version 1 is the single draft of issue 3; in version 2 it becomes the
 * first saved assessment of the workspace (an empty v1 draft becomes an empty workspace).
 */
export function migrateWorkspace(state: unknown, version: number, deps: RestoreDeps): unknown {
  if (!isRecord(state))
    throw new WorkspaceFormatError('wrong-shape', 'The saved draft is not an object.');
  checkKeys(state, version);
  let current: Record<string, unknown> = state;
  let at = version;
  if (at === 0) {
    const page = typeof current.page === 'number' ? current.page : 1;
    current = { answers: current.values, step: STEP_IDS[page - 1] ?? 'company', assumptions: {} };
    at = 1;
  }
  if (at === 1) {
    const draft = restoreDraftState(current);
    if (!draft.ok) throw new WorkspaceFormatError(draft.problem, draft.detail);
    const hasAny =
      Object.keys(draft.draft.answers).length > 0 ||
      Object.keys(draft.draft.assumptions).length > 0 ||
      draft.draft.step !== 'company';
    const id = deps.newId();
    const time = deps.now();
    // The v1 values are passed on raw, so the v2 validation reports any that are invalid.
    current = hasAny
      ? {
          assessments: [
            {
              id,
              answers: current.answers ?? {},
              step: current.step,
              assumptions: current.assumptions ?? {},
              whatIf: {},
              notes: '',
              createdAt: time,
              updatedAt: time,
            },
          ],
          activeId: id,
          deleted: {},
        }
      : { assessments: [], activeId: null, deleted: {} };
    at = 2;
  }
  if (at !== WORKSPACE_VERSION) {
    throw new WorkspaceFormatError(
      'unknown-version',
      `Saved draft version ${version} is not one this app can read.`,
    );
  }
  return current;
}
