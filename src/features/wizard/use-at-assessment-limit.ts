import { MAX_ASSESSMENTS } from '../../share/limits';
import { useWorkspaceStore } from '../../store';

/**
 * True when nothing is open and the browser already keeps MAX_ASSESSMENTS: the store then starts
 * no new assessment, so the wizard's answers cannot be saved (issue 12). Working on an assessment
 * that is already saved is never blocked.
 */
export function useAtAssessmentLimit(): boolean {
  return useWorkspaceStore(
    (s) =>
      s.assessments.length >= MAX_ASSESSMENTS && !s.assessments.some((a) => a.id === s.activeId),
  );
}
