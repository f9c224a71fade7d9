import { assessmentName, openView, useActiveAssessment, useWorkspaceStore } from '../store';
import { hrefFor } from '../ui/router';
import { resultOrStep } from '../ui/routes';

/**
 * The open assessment's name in the header: shortcuts such as `r` and `1`–`5` act on it, so on a
 * call the consultant (and the client watching) can always see whose answers are on screen.
 */
export function CurrentClient() {
  const active = useActiveAssessment();
  const hasOpen = useWorkspaceStore((state) => state.activeId !== null);
  if (!hasOpen) return null;
  const name = assessmentName(active);
  return (
    <p className="current-client">
      <span className="current-client-label">Open:</span>{' '}
      <a href={hrefFor(resultOrStep(openView(active)))}>{name}</a>
    </p>
  );
}
