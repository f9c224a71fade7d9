import { useId, useMemo, useState } from 'react';
import {
  DEFAULT_ASSUMPTIONS,
  evaluate,
  formatAnswer,
  questionFor,
  WHAT_IF_KEYS,
  type Answers,
  type Assumptions,
  type WhatIfKey,
} from '../../domain';
import type { WhatIfEditing } from './what-if-panel';
import { verdictOf, type Verdict } from './verdict';

interface ScenarioBarProps {
  answers: Answers;
  whatIf: Partial<Pick<Answers, WhatIfKey>>;
  assumptions: Partial<Assumptions>;
  editing: WhatIfEditing;
  /** After a scenario is applied (the fields drop what was half-typed). */
  onApplied: () => void;
}

interface Row {
  name: string;
  whatIf: Partial<Pick<Answers, WhatIfKey>>;
  verdict: Verdict | null;
  saved: boolean;
}

function score(answers: Answers, assumptions: Assumptions): Verdict | null {
  try {
    return verdictOf(evaluate(answers, assumptions));
  } catch {
    return null;
  }
}

/** What a what-if changes, in words: "Opportunities a month 24 a month; CRM: A CRM with stages". */
function describe(answers: Answers, whatIf: Partial<Pick<Answers, WhatIfKey>>): string {
  const keys = WHAT_IF_KEYS.filter((key) => whatIf[key] !== undefined);
  if (keys.length === 0) return 'No changes';
  const effective = { ...answers, ...whatIf };
  return keys
    .map((key) => `${questionFor(key).shortLabel}: ${formatAnswer(key, effective)}`)
    .join('; ');
}

/**
 * Named scenarios kept with the assessment ("Two more SDR months", "Playbook written"), and a table
 * comparing each one's verdict with the saved answers, for the part of a call where the client
 * asks "and if we did both?".
 */
export function ScenarioBar({
  answers,
  whatIf,
  assumptions,
  editing,
  onApplied,
}: ScenarioBarProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const hasWhatIf = Object.keys(whatIf).length > 0;
  const rows = useMemo<Row[]>(() => {
    const all = { ...DEFAULT_ASSUMPTIONS, ...assumptions };
    return [
      { name: 'As saved', whatIf: {}, verdict: score(answers, all), saved: false },
      ...editing.scenarios.map((scenario) => ({
        name: scenario.name,
        whatIf: scenario.whatIf,
        verdict: score({ ...answers, ...scenario.whatIf }, all),
        saved: true,
      })),
    ];
  }, [answers, assumptions, editing.scenarios]);

  return (
    <div className="scenarios presenter-keep">
      <h3 className="what-if-heading">Scenarios</h3>
      <form
        className="scenario-form presenter-hide"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (trimmed === '') {
            setMessage('Give the scenario a name first.');
            return;
          }
          if (editing.onSaveScenario(trimmed)) {
            setMessage(`Kept “${trimmed}”.`);
            setName('');
          } else setMessage('There are too many scenarios; delete one first.');
        }}
      >
        <label htmlFor={`${id}-name`}>Keep this what-if as</label>
        <div className="scenario-form-row">
          <input
            id={`${id}-name`}
            type="text"
            maxLength={60}
            placeholder="e.g. Playbook written"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <button type="submit" className="button button-secondary" disabled={!hasWhatIf}>
            Keep scenario
          </button>
        </div>
        <p className="field-hint" role="status">
          {message || (hasWhatIf ? '' : 'Change an answer above, then keep it under a name.')}
        </p>
      </form>
      {rows.length > 1 && (
        <div className="table-scroll">
          <table className="data-table scenario-table">
            <caption>Scenarios compared</caption>
            <thead>
              <tr>
                <th scope="col">Scenario</th>
                <th scope="col">Verdict</th>
                <th scope="col" className="numeric">
                  Readiness
                </th>
                <th scope="col">Changes</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td>
                    {row.verdict ? (
                      <>
                        <span className={`status-pill status-${row.verdict.status}`}>
                          {row.verdict.statusLabel}
                        </span>{' '}
                        {row.verdict.headline}
                      </>
                    ) : (
                      'Could not be scored'
                    )}
                  </td>
                  <td className="numeric">{row.verdict?.readiness.score ?? '–'}</td>
                  <td>{describe(answers, row.whatIf)}</td>
                  <td className="scenario-actions">
                    {row.saved ? (
                      <>
                        <button
                          type="button"
                          className="button-link"
                          onClick={() => {
                            editing.onApplyScenario(row.name);
                            onApplied();
                          }}
                        >
                          Show <span className="visually-hidden">{row.name}</span>
                        </button>
                        <button
                          type="button"
                          className="button-link presenter-hide"
                          onClick={() => editing.onDeleteScenario(row.name)}
                        >
                          Delete <span className="visually-hidden">{row.name}</span>
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => {
                          editing.onRevertAll();
                          onApplied();
                        }}
                      >
                        Show <span className="visually-hidden">{row.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
