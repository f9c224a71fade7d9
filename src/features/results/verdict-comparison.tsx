import type { Answers, Assumptions } from '../../domain';
import { useAssessment } from './use-assessment';
import { verdictOf, type Verdict } from './verdict';

interface VerdictComparisonProps {
  /** The assessment's saved answers. */
  before: Answers;
  /** The answers with the what-if values applied. */
  after: Answers;
  assumptions: Partial<Assumptions>;
  /** Names for the two columns. */
  beforeLabel?: string;
  afterLabel?: string;
}

/**
 * The verdict before and after a what-if, side by side, so a changed answer shows its effect on the
 * answer itself and not only on a score.
 */
export function VerdictComparison({
  before,
  after,
  assumptions,
  beforeLabel = 'Saved answers',
  afterLabel = 'With the what-if',
}: VerdictComparisonProps) {
  const was = useAssessment(before, assumptions);
  const now = useAssessment(after, assumptions);
  if (!was.ok || !now.ok) return null;
  const a = verdictOf(was.assessment);
  const b = verdictOf(now.assessment);
  const changed = a.headline !== b.headline || a.status !== b.status;
  return (
    <div className="comparison" role="group" aria-label="Verdict before and after the what-if">
      <p className="comparison-title">
        {changed ? 'The what-if changes the answer' : 'The what-if does not change the answer'}
      </p>
      <div className="comparison-grid">
        <Side label={beforeLabel} verdict={a} />
        <Side label={afterLabel} verdict={b} highlight={changed} />
      </div>
    </div>
  );
}

function Side({
  label,
  verdict,
  highlight,
}: {
  label: string;
  verdict: Verdict;
  highlight?: boolean;
}) {
  return (
    <div className={highlight ? 'comparison-side comparison-changed' : 'comparison-side'}>
      <p className="comparison-label">{label}</p>
      <p className={`status-pill status-${verdict.status}`}>{verdict.statusLabel}</p>
      <p className="comparison-headline">{verdict.headline}</p>
      <p className="comparison-score">Readiness {verdict.readiness.score} / 100</p>
    </div>
  );
}
