import { useId, useState } from 'react';
import './what-if.css';
import {
  questionFor,
  STEPS,
  WHAT_IF_KEYS,
  WHAT_IF_NUMBERS,
  type Answers,
  type Assumptions,
  type WhatIfKey,
} from '../../domain';
import type { Scenario } from '../../store';
import { Disclosure } from '../../ui/disclosure';
import { WhatIfChoice, WhatIfNumber, type WhatIfChange } from './what-if-fields';
import { ScenarioBar } from './what-if-scenarios';

export interface WhatIfEditing {
  /** Called with a schema-valid value only. */
  onChange: WhatIfChange;
  onRevert: (key: WhatIfKey) => void;
  onRevertAll: () => void;
  /** "Keep these answers": the what-if values become the assessment's answers. */
  onKeep: () => void;
  scenarios: readonly Scenario[];
  /** Keeps the current what-if under a name; false when it could not. */
  onSaveScenario: (name: string) => boolean;
  onApplyScenario: (name: string) => void;
  onDeleteScenario: (name: string) => void;
}

interface WhatIfPanelProps {
  /** The assessment's saved answers ("was"). */
  answers: Answers;
  /** The what-if values over them ("now"). */
  whatIf: Partial<Pick<Answers, WhatIfKey>>;
  editing: WhatIfEditing;
  /** The changed assumptions, for scoring the kept scenarios. */
  assumptions: Partial<Assumptions>;
  /** Where "Compare with the what-if" goes; absent when there is nothing to compare. */
  compareHref?: string;
}

const NUMBER_KEYS: readonly WhatIfKey[] = WHAT_IF_NUMBERS;
const OTHER_KEYS = WHAT_IF_KEYS.filter((key) => !NUMBER_KEYS.includes(key));

/**
 * A what-if for a call: the key numbers first (typed forgivingly, with units and ×2 / ½), then
 * every other answer, choices included. The result re-scores as you type; the verdict card shows
 * the answer before and after. Fields are keyed by answer, never by value, so focus and caret stay.
 * A what-if can be kept under a name and compared with the others.
 */
export function WhatIfPanel({
  answers,
  whatIf,
  editing,
  assumptions,
  compareHref,
}: WhatIfPanelProps) {
  const id = useId();
  const [epoch, setEpoch] = useState(0);
  const changed = WHAT_IF_KEYS.filter((key) => whatIf[key] !== undefined);
  const effective: Answers = { ...answers, ...whatIf };
  // Reverting everything (or applying a scenario) drops what is half-typed in the fields.
  const resetFields = () => setEpoch((n) => n + 1);
  const field = (key: WhatIfKey, index: number, presets: boolean) => {
    const props = {
      id: `${id}-${key}`,
      field: key,
      answers,
      effective,
      onChange: editing.onChange,
      onRevert: editing.onRevert,
      presets,
      shortcut: index === 0 ? 'what-if' : undefined,
    };
    return questionFor(key).kind === 'number' ? (
      <WhatIfNumber key={`${key}-${epoch}`} {...props} />
    ) : (
      <WhatIfChoice key={`${key}-${epoch}`} {...props} />
    );
  };

  return (
    <div className="what-if no-print">
      <p className="section-intro">
        Change any answer and the page re-scores as you type; the verdict at the top shows the
        answer before and after. Your saved answers stay as they are until you choose “Keep these
        answers”. Share sends the result as shown, what-if included.
      </p>
      <h3 className="what-if-heading">Key numbers</h3>
      <div className="what-if-grid">{NUMBER_KEYS.map((key, index) => field(key, index, true))}</div>
      <Disclosure
        title="Every other answer"
        hint="Lead flow, process, CRM, outbound, team and the rest"
        defaultOpen={OTHER_KEYS.some((key) => whatIf[key] !== undefined)}
        className="fold-nested"
        level={3}
      >
        {STEPS.map((step) => {
          const keys = OTHER_KEYS.filter((key) => questionFor(key).step === step.id);
          if (keys.length === 0) return null;
          return (
            <div key={step.id} className="what-if-step">
              <h4>{step.title}</h4>
              <div className="what-if-grid">{keys.map((key) => field(key, 1, false))}</div>
            </div>
          );
        })}
      </Disclosure>
      <div className="button-row what-if-actions presenter-hide">
        <button
          type="button"
          className="button button-secondary"
          disabled={changed.length === 0}
          onClick={() => {
            resetFields();
            editing.onRevertAll();
          }}
        >
          Revert all
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={changed.length === 0}
          onClick={() => {
            resetFields();
            editing.onKeep();
          }}
        >
          Keep these answers
        </button>
        {compareHref && (
          <a className="button button-secondary" href={compareHref} data-shortcut="compare">
            Compare with the what-if
          </a>
        )}
      </div>
      <ScenarioBar
        answers={answers}
        whatIf={whatIf}
        assumptions={assumptions}
        editing={editing}
        onApplied={resetFields}
      />
      <p role="status" className="visually-hidden">
        {changed.length === 0
          ? 'No what-if values.'
          : `${changed.length} what-if ${changed.length === 1 ? 'value' : 'values'}.`}
      </p>
    </div>
  );
}
