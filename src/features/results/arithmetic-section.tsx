import { useId } from 'react';
import { ASSUMPTION_INFO, type Answers, type Assessment, type Assumptions } from '../../domain';
import { assumptionsFor, METRIC_EXPLANATIONS } from './arithmetic';
import { metricsOf } from './legacy-metrics';
import { formatAssumption } from './format';

interface ArithmeticSectionProps {
  answers: Answers;
  assumptions: Assumptions;
  assessment: Assessment;
}

/** The metrics with their formulas in words and the assumption values used; collapsed by default. */
export function ArithmeticSection({ answers, assumptions, assessment }: ArithmeticSectionProps) {
  const id = useId();
  const context = { answers, assumptions, metrics: metricsOf(assessment) };
  const firedRules = assessment.trace.filter((rule) => rule.fired);

  return (
    <section className="result-section arithmetic no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>The arithmetic</h2>
      <details className="disclosure">
        <summary>Show how each number is worked out, and the rules that fired</summary>
        <dl className="metric-list">
          {METRIC_EXPLANATIONS.map((metric) => (
            <div key={metric.key} className="metric">
              <dt>{metric.label}</dt>
              <dd>
                <p className="metric-value">{metric.value(metricsOf(assessment))}</p>
                <p className="metric-formula">{metric.formula}</p>
                {metric.worked && (
                  <p className="metric-worked">
                    <span className="visually-hidden">With your numbers: </span>
                    <code>{metric.worked(context)}</code>
                  </p>
                )}
                {assumptionsFor(metric, answers).length > 0 && (
                  <p className="metric-assumptions">
                    Assumptions used:{' '}
                    {assumptionsFor(metric, answers)
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

        {firedRules.length > 0 && (
          <>
            <h3>Rules that fired</h3>
            <ul className="rule-list">
              {firedRules.map((rule) => (
                <li key={rule.ruleId}>
                  <p className="rule-description">{rule.description}</p>
                  {rule.conditions.length > 0 && (
                    <ul className="condition-list">
                      {rule.conditions.map((condition) => (
                        <li key={condition.label}>
                          <span aria-hidden="true">{condition.passed ? '✓ ' : '✗ '}</span>
                          <span className="visually-hidden">
                            {condition.passed ? 'Met: ' : 'Not met: '}
                          </span>
                          {condition.label}
                          {condition.value !== null &&
                            ` (yours: ${formatConditionValue(condition.value)})`}
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
      </details>
    </section>
  );
}

function formatConditionValue(value: number | string | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  return value;
}
