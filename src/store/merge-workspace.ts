import type { SavedAssessment, Workspace } from './workspace-model';

/** How many deletions are remembered; older ones are forgotten so the list cannot grow forever. */
const MAX_TOMBSTONES = 200;

/**
 * Merges what this tab holds with what storage holds (another tab's writes), so neither overwrites
 * the other. Per assessment the newer `updatedAt` wins (this tab on a tie); a deletion wins over any
 * copy not edited after it; an assessment only one side has is kept (the other side never saw it)
 * unless that side deleted it. `activeId` is this tab's. Pure.
 */
export function mergeWorkspaces(local: Workspace, stored: Workspace): Workspace {
  const deleted: Record<string, number> = { ...stored.deleted };
  for (const [id, at] of Object.entries(local.deleted))
    deleted[id] = Math.max(deleted[id] ?? 0, at);

  const byId = new Map<string, SavedAssessment>();
  for (const assessment of [...stored.assessments, ...local.assessments]) {
    const previous = byId.get(assessment.id);
    if (!previous || assessment.updatedAt >= previous.updatedAt)
      byId.set(assessment.id, assessment);
  }
  const assessments: SavedAssessment[] = [];
  for (const assessment of byId.values()) {
    const deletedAt = deleted[assessment.id];
    if (deletedAt !== undefined && deletedAt >= assessment.updatedAt) continue;
    // Edited (or restored with Undo) after the deletion: the assessment lives, the tombstone goes.
    if (deletedAt !== undefined) delete deleted[assessment.id];
    assessments.push(assessment);
  }
  const tombstones = Object.entries(deleted)
    .toSorted((a, b) => b[1] - a[1])
    .slice(0, MAX_TOMBSTONES);
  const activeId =
    local.activeId !== null &&
    byId.has(local.activeId) &&
    assessments.some((a) => a.id === local.activeId)
      ? local.activeId
      : null;
  return { assessments, activeId, deleted: Object.fromEntries(tombstones) };
}

/** Whether two workspaces hold the same assessments and deletions (ignoring the active one). */
export function sameWorkspace(a: Workspace, b: Workspace): boolean {
  return JSON.stringify([a.assessments, a.deleted]) === JSON.stringify([b.assessments, b.deleted]);
}
