import { ASSUMPTION_INFO, type Answers, type Assessment, type Assumptions } from '../../domain';
import { arithmeticOf } from './arithmetic';
import { formatAssumption } from './format';

interface ArithmeticSectionProps {
  answers: Answers;
  assumptions: Assumptions;
  assessment: Assessment;
}

/** Every figure the decision read, its formula in words and with the numbers, and the rules that fired. */
export function ArithmeticSection({ answers, assumptions, assessment }: ArithmeticSectionProps) {
  const groups = arithmeticOf(assessment, answers, assumptions);
  // A rule that fired lists what made it fire. Its unmet conditions are only ever alternatives
  // that another condition stood in for ("any of"); listed as "not met" beside a rule that fired,
  // they read as a contradiction (e.g. spare opportunities 26% when leads are said to wait).
  const firedRules = assessment.trace
    .filter((rule) => rule.fired)
    .map((rule) => ({ ...rule, conditions: rule.conditions.filter((c) => c.passed) }));

  return (
    <div className="arithmetic">
      <p className="section-intro">
        Money is in{' '}
        {assessment.model.currency === 'USD'
          ? 'US dollars'
          : `your currency (${assessment.model.currency})`}
        ; each sum uses the figures the answer was decided on.
      </p>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`arithmetic-${group.id}`}>
          <h3 id={`arithmetic-${group.id}`}>{group.title}</h3>
          <dl className="metric-list">
            {group.lines.map((line) => (
              <div key={line.id} className="metric">
                <dt>{line.label}</dt>
                <dd>
                  <p className="metric-value">{line.value}</p>
                  <p className="metric-formula">{line.formula}</p>
                  {line.worked && (
                    <p className="metric-worked">
                      <span className="visually-hidden">With your numbers: </span>
                      <code>{line.worked}</code>
                    </p>
                  )}
                  {line.assumptions.length > 0 && (
                    <p className="metric-assumptions">
                      Assumptions used:{' '}
                      {[...new Set(line.assumptions)]
                        .map(
                          (key) =>
                            `${ASSUMPTION_INFO[key].label}: ${formatAssumption(key, assumptions[key])}`,
                        )
                        .join('; ')}
                      .
                    </p>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      {firedRules.length > 0 && (
        <>
          <h3>Rules that fired</h3>
          <ul className="rule-list">
            {firedRules.map((rule, ruleIndex) => (
              <li key={`${ruleIndex}-${rule.ruleId}`}>
                <p className="rule-description">{rule.description}</p>
                {rule.conditions.length > 0 && (
                  <ul className="condition-list">
                    {rule.conditions.map((condition, index) => (
                      // A rule may test one figure twice (a band has two sides).
                      <li key={`${index}-${condition.label}`}>
                        <span aria-hidden="true">{condition.passed ? '✓ ' : '✗ '}</span>
                        <span className="visually-hidden">
                          {condition.passed ? 'Met: ' : 'Not met: '}
                        </span>
                        {condition.label}
                        {condition.value !== '' && ` (yours: ${condition.value})`}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="rule-source">Source: {rule.source}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
