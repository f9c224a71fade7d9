import { MAX_ASSESSMENTS } from '../share/limits';
import { assessmentName } from './selectors';
import type { SliceContext } from './slice-context';
import type { SavedAssessment } from './workspace-model';
import type { ImportActions, ImportReport } from './workspace-types';

/** Importing assessments from an export file into the workspace. */
export function importSlice(ctx: SliceContext): ImportActions {
  const { get, set, stamp } = ctx;
  return {
    importAssessments: (incoming) => {
      const report: ImportReport = { added: 0, updated: 0, skipped: 0, updatedNames: [] };
      const assessments = [...get().assessments];
      const indexById = new Map(assessments.map((a, i) => [a.id, i]));
      const deleted = { ...get().deleted };
      for (const item of incoming) {
        const index = indexById.get(item.id);
        const current = index === undefined ? undefined : assessments[index];
        if (index === undefined || !current) {
          // Importing is a deliberate act: it brings back an assessment deleted here.
          const deletedAt = deleted[item.id];
          delete deleted[item.id];
          const added =
            deletedAt === undefined
              ? item
              : { ...item, updatedAt: Math.max(item.updatedAt, stamp(deletedAt)) };
          indexById.set(item.id, assessments.push(added) - 1);
          report.added++;
        } else if (sameContent(current, item) || item.updatedAt <= current.updatedAt) {
          report.skipped++;
        } else {
          assessments[index] = item;
          report.updated++;
          report.updatedNames.push(assessmentName(item));
        }
      }
      // The same limit as the file format's, so whatever is here can be exported and imported again.
      if (assessments.length > MAX_ASSESSMENTS)
        return {
          added: 0,
          updated: 0,
          skipped: 0,
          updatedNames: [],
          overLimit: assessments.length,
        };
      if (report.added + report.updated > 0) set({ assessments, deleted });
      return report;
    },
  };
}

/** Same answers, assumptions, what-if and notes (ids and times aside). */
function sameContent(a: SavedAssessment, b: SavedAssessment): boolean {
  return contentOf(a) === contentOf(b);
}

function contentOf(x: SavedAssessment): string {
  return JSON.stringify([
    sortKeys(x.answers),
    sortKeys(x.assumptions),
    sortKeys(x.whatIf),
    x.scenarios ?? [],
    x.notes,
    x.step,
  ]);
}

function sortKeys(record: object): [string, unknown][] {
  return Object.entries(record).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
