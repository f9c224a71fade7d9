import { useId, useState } from 'react';
import {
  ACTIVE_ASSUMPTION_KEYS,
  ASSUMPTION_INFO,
  ASSUMPTION_NOTES,
  assumptionSchema,
  DEFAULT_ASSUMPTIONS,
  type AssumptionGroup,
  type AssumptionKey,
  type Assumptions,
} from '../../domain';
import { formatAssumption, UNIT_WORDS } from './format';

export interface AssumptionEditing {
  /** Called with a valid value only; invalid input stays in the field with a message. */
  onChange: (key: AssumptionKey, value: number) => void;
  onReset: (key: AssumptionKey) => void;
  onResetAll: () => void;
}

interface AssumptionsPanelProps {
  /** The values in effect (defaults merged with the changed ones). */
  assumptions: Assumptions;
  /** Absent: the panel only shows the values. */
  editing?: AssumptionEditing;
}

/** Titles of the groups we know; a group added to ASSUMPTION_INFO later still shows, under its name. */
const GROUP_TITLES: Partial<Record<AssumptionGroup, string>> = {
  pay: 'Pay and cost',
  productivity: 'Productivity',
  thresholds: 'Decision thresholds',
  currency: 'Exchange rates',
};

/**
 * The figures the engine reads (retired keys stay in links but are hidden), grouped by their
 * `group` in ASSUMPTION_INFO, groups in order of their first key: a key added to the catalogue
 * shows here without touching the panel.
 */
export function assumptionGroups(): {
  group: AssumptionGroup;
  title: string;
  keys: AssumptionKey[];
}[] {
  const groups = new Map<AssumptionGroup, AssumptionKey[]>();
  for (const key of ACTIVE_ASSUMPTION_KEYS) {
    const group = ASSUMPTION_INFO[key].group;
    const keys = groups.get(group);
    if (keys) keys.push(key);
    else groups.set(group, [key]);
  }
  return [...groups].map(([group, keys]) => ({
    group,
    title: GROUP_TITLES[group] ?? group.charAt(0).toUpperCase() + group.slice(1),
    keys,
  }));
}

const GROUPS = assumptionGroups();

type Parsed = { ok: true; value: number } | { ok: false; message: string };

/** Checks what is typed against the same schema the share link and saved drafts use. */
export function parseAssumption(key: AssumptionKey, text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, message: `Enter a number for “${ASSUMPTION_INFO[key].label}”` };
  const result = assumptionSchema(key).safeParse(Number(trimmed));
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? 'Enter a valid number' };
}

/**
 * Every assumption, grouped, with its default and source. Editing re-scores the page as you type:
 * a valid value goes straight to `editing.onChange`; an invalid one stays in its field with a
 * message, and the page keeps showing the result of the last valid value.
 */
export function AssumptionsPanel({ assumptions, editing }: AssumptionsPanelProps) {
  const id = useId();
  // What is typed in a field, while it differs from the value in effect (being edited, or invalid).
  // This is input state, not derived data: the value in effect always comes from props.
  const [drafts, setDrafts] = useState<Partial<Record<AssumptionKey, string>>>({});
  const changedKeys = ACTIVE_ASSUMPTION_KEYS.filter(
    (key) => assumptions[key] !== DEFAULT_ASSUMPTIONS[key],
  );

  function dropDraft(key: AssumptionKey) {
    setDrafts((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  function handleInput(key: AssumptionKey, text: string) {
    setDrafts((current) => ({ ...current, [key]: text }));
    const parsed = parseAssumption(key, text);
    if (parsed.ok && parsed.value !== assumptions[key]) editing?.onChange(key, parsed.value);
  }

  return (
    <div className="assumptions">
      <div className="assumptions-head">
        <div>
          <p className="section-intro">
            {editing
              ? 'Benchmarks and thresholds behind the answer. Change any of them and the result updates as you type; changed values travel with the share link.'
              : 'Benchmarks and thresholds behind this answer. Values the sender changed are marked.'}{' '}
            {changedKeys.length === 0
              ? 'All are at their defaults.'
              : `${changedKeys.length} changed from the default.`}
          </p>
        </div>
        {editing && (
          <button
            type="button"
            className="button button-secondary no-print presenter-hide"
            disabled={changedKeys.length === 0 && Object.keys(drafts).length === 0}
            onClick={() => {
              setDrafts({});
              editing.onResetAll();
            }}
          >
            Reset all to defaults
          </button>
        )}
      </div>

      {GROUPS.map(({ group, title, keys }) => (
        <fieldset key={group} className="assumption-group">
          <legend>{title}</legend>
          {keys.map((key) => {
            const info = ASSUMPTION_INFO[key];
            const note = ASSUMPTION_NOTES[key];
            const fieldId = `${id}-${key}`;
            const value = assumptions[key];
            const changed = value !== DEFAULT_ASSUMPTIONS[key];
            const draft = drafts[key];
            const parsed = draft === undefined ? null : parseAssumption(key, draft);
            const error = parsed && !parsed.ok ? parsed.message : null;
            const describedBy = [
              `${fieldId}-unit`,
              `${fieldId}-help`,
              `${fieldId}-meta`,
              error ? `${fieldId}-error` : null,
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <div key={key} className={changed ? 'assumption assumption-changed' : 'assumption'}>
                <div className="assumption-main">
                  {editing ? (
                    <label htmlFor={fieldId} className="assumption-label">
                      {info.label}
                    </label>
                  ) : (
                    <span className="assumption-label" id={fieldId}>
                      {info.label}
                    </span>
                  )}
                  <p className="assumption-help" id={`${fieldId}-help`}>
                    {note.help}
                  </p>
                  <p className="assumption-meta" id={`${fieldId}-meta`}>
                    Default {formatAssumption(key, DEFAULT_ASSUMPTIONS[key])}. Source: {note.source}
                  </p>
                </div>
                <div className="assumption-value">
                  {editing ? (
                    <div className="input-with-unit">
                      <input
                        id={fieldId}
                        className="input input-compact"
                        type="number"
                        inputMode="decimal"
                        min={info.min}
                        max={info.max}
                        step={info.increment}
                        value={draft ?? String(value)}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={describedBy}
                        onChange={(event) => handleInput(key, event.currentTarget.value)}
                        onBlur={() => {
                          if (parsed?.ok) dropDraft(key);
                        }}
                      />
                      <span className="unit" id={`${fieldId}-unit`}>
                        {UNIT_WORDS[info.unit]}
                      </span>
                    </div>
                  ) : (
                    <p className="assumption-readonly">{formatAssumption(key, value)}</p>
                  )}
                  {error && (
                    <p className="field-error" id={`${fieldId}-error`}>
                      {error}. The result shows the last valid value.
                    </p>
                  )}
                  {changed && (
                    <p className="changed-note">
                      <span className="changed-badge">Changed</span> from{' '}
                      {formatAssumption(key, DEFAULT_ASSUMPTIONS[key])}
                      {editing && (
                        <button
                          type="button"
                          className="button-link no-print presenter-hide"
                          onClick={() => {
                            dropDraft(key);
                            editing.onReset(key);
                          }}
                        >
                          Reset <span className="visually-hidden">{info.label} to the default</span>
                        </button>
                      )}
                    </p>
                  )}
                  {!changed && error && editing && (
                    <button
                      type="button"
                      className="button-link no-print presenter-hide"
                      onClick={() => dropDraft(key)}
                    >
                      Undo <span className="visually-hidden">the change to {info.label}</span>
                    </button>
                  )}
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
