import { useId, useState } from 'react';
import './what-if.css';
import { Disclosure } from '../../ui/disclosure';
import {
  AnswersSchema,
  formatAnswer,
  questionFor,
  type Answers,
  type WhatIfKey,
} from '../../domain';

export interface WhatIfEditing {
  /** Called with a schema-valid value only. */
  onChange: (key: WhatIfKey, value: number) => void;
  onRevert: (key: WhatIfKey) => void;
  onRevertAll: () => void;
  /** "Keep these answers": the what-if values become the assessment's answers. */
  onKeep: () => void;
}

interface WhatIfPanelProps {
  keys: readonly WhatIfKey[];
  /** The assessment's saved answers ("was"). */
  answers: Answers;
  /** The what-if values over them ("now"). */
  whatIf: Partial<Pick<Answers, WhatIfKey>>;
  editing: WhatIfEditing;
  /** Where "Compare with the what-if" goes; absent when there is nothing to compare. */
  compareHref?: string;
}

type Parsed = { ok: true; value: number } | { ok: false; message: string };

function parse(key: WhatIfKey, text: string): Parsed {
  if (text.trim() === '')
    return { ok: false, message: `Enter a number for “${questionFor(key).shortLabel}”` };
  const result = AnswersSchema.shape[key].safeParse(Number(text));
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: result.error.issues[0]?.message ?? 'Enter a valid number' };
}

/**
 * Live what-if on the key numbers, for a call: type a value and the whole result below re-scores as
 * you type. The fields are keyed by answer, never by value, so they are never remounted while typed
 * in (focus and caret stay). Invalid input stays in its field with a message; the result keeps the
 * last valid value. Each change is shown as "was → now" with its own Revert.
 */
export function WhatIfPanel({ keys, answers, whatIf, editing, compareHref }: WhatIfPanelProps) {
  const id = useId();
  const [drafts, setDrafts] = useState<Partial<Record<WhatIfKey, string>>>({});
  const changed = keys.filter((key) => whatIf[key] !== undefined);
  const effective: Answers = { ...answers, ...whatIf };

  function drop(key?: WhatIfKey) {
    setDrafts((current) => {
      if (key === undefined) return {};
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  return (
    <div className="what-if no-print">
      <p className="section-intro">
        Try other numbers and the answer, scores, charts and “what would change it” update as you
        type. Your saved answers stay as they are until you choose “Keep these answers”. Copy link
        shares the result as shown here, what-if values included.
      </p>
      <div className="what-if-grid">
        {keys.map((key, index) => {
          const fieldId = `${id}-${key}`;
          const question = questionFor(key);
          const draft = drafts[key];
          const parsed = draft === undefined ? null : parse(key, draft);
          const error = parsed && !parsed.ok ? parsed.message : null;
          const isChanged = whatIf[key] !== undefined;
          return (
            <div
              key={key}
              className={isChanged ? 'what-if-field what-if-changed' : 'what-if-field'}
            >
              <label htmlFor={fieldId}>{question.shortLabel}</label>
              <input
                id={fieldId}
                type="number"
                inputMode="decimal"
                step="any"
                value={draft ?? String(effective[key])}
                data-shortcut={index === 0 ? 'what-if' : undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={
                  error ? `${fieldId}-error` : isChanged ? `${fieldId}-was` : undefined
                }
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setDrafts((current) => ({ ...current, [key]: text }));
                  const result = parse(key, text);
                  if (result.ok) editing.onChange(key, result.value);
                }}
                onBlur={() => {
                  if (parsed?.ok) drop(key);
                }}
              />
              {error && (
                <p className="field-error" id={`${fieldId}-error`}>
                  {error}. The result shows the last valid value.
                </p>
              )}
              {isChanged && (
                <p className="changed-note" id={`${fieldId}-was`}>
                  <span className="changed-badge">What-if</span> was {formatAnswer(key, answers)} →
                  now {formatAnswer(key, effective)}{' '}
                  <button
                    type="button"
                    className="button-link presenter-hide"
                    onClick={() => {
                      drop(key);
                      editing.onRevert(key);
                    }}
                  >
                    Revert <span className="visually-hidden">{question.shortLabel}</span>
                  </button>
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="button-row presenter-hide">
        <button
          type="button"
          className="button button-secondary"
          disabled={changed.length === 0}
          onClick={() => {
            drop();
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
            drop();
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
      <p role="status" className="visually-hidden">
        {changed.length === 0
          ? 'No what-if values.'
          : `${changed.length} what-if ${changed.length === 1 ? 'value' : 'values'}.`}
      </p>
    </div>
  );
}

/** Private notes for the open assessment, saved as typed. Hidden in presenter view and print. */
export function NotesEditor({
  notes,
  onChange,
}: {
  notes: string;
  onChange: (notes: string) => void;
}) {
  const id = useId();
  return (
    <div className="private-notes presenter-hide no-print">
      <Disclosure
        title="Private notes"
        hint={
          notes.trim() === ''
            ? 'Only in this browser; not in links unless you choose'
            : 'You have notes for this assessment'
        }
        shortcut="notes"
      >
        <label htmlFor={`${id}-notes`}>Notes for this assessment</label>
        <p className="field-hint" id={`${id}-hint`}>
          Saved in this browser as you type. They are not put into share links unless you tick
          “Include my notes in the shared link” under More.
        </p>
        <textarea
          id={`${id}-notes`}
          rows={5}
          value={notes}
          data-shortcut="notes"
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </Disclosure>
    </div>
  );
}
