import { ASSESSMENT_LIMIT_MESSAGE, restoreAssessmentFile } from '../../share';
import { useWorkspaceStore } from '../../store';
import { navigate } from '../../ui/router';

/** Generous: a real export is under 2 kB. Anything far bigger is not one of ours. */
const MAX_FILE_BYTES = 200_000;

export type OpenFileProblem = { message: string; details?: string[] };

/**
 * Restores a file from "Download answers (JSON)" with the share codec and, if it is good, adds it
 * as a new saved assessment and opens its result. Loaded when a file is chosen, with the codec and
 * the store, so the landing page does not ship them. Returns what went wrong, or nothing.
 */
export async function openAssessmentFile(file: File): Promise<OpenFileProblem | undefined> {
  if (file.size > MAX_FILE_BYTES)
    return {
      message: 'This file is too large to be a Hire Ready assessment. Nothing was changed.',
    };
  const restored = restoreAssessmentFile(await file.text());
  if (!restored.ok)
    return {
      message: `${restored.error.message} Nothing was changed.`,
      details: restored.error.details,
    };
  const { answers, assumptions, notes } = restored.value;
  const created = useWorkspaceStore
    .getState()
    .createAssessment({ answers, assumptions, ...(notes === undefined ? {} : { notes }) });
  if (created === null) return { message: ASSESSMENT_LIMIT_MESSAGE };
  navigate({ name: 'results' });
  return undefined;
}
