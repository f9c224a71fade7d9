import { ASSUMPTION_INFO, ASSUMPTION_NOTES, type Assessment } from '../../domain';

const unique = (list: string[]) => [...new Set(list.map((item) => item.trim()).filter(Boolean))];

/** Every published source the answer leaned on: the rules that fired and the assumptions used. */
export function SourcesList({ assessment }: { assessment: Assessment }) {
  const rules = assessment.trace.filter((rule) => rule.fired).map((rule) => rule.source);
  const figures = assessment.assumptionsUsed.map(
    (key) => `${ASSUMPTION_INFO[key].label}: ${ASSUMPTION_NOTES[key].source}`,
  );
  return (
    <div className="sources">
      <h3>Rules</h3>
      <ul className="source-list">
        {unique(rules).map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
      <h3>Figures</h3>
      <ul className="source-list">
        {unique(figures).map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
    </div>
  );
}
