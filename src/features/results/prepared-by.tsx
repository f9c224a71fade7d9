import { useId } from 'react';
import { usePreferencesStore, type PreparedBy } from '../../store/preferences';

const FIELDS: { key: keyof PreparedBy; label: string; autoComplete: string }[] = [
  { key: 'name', label: 'Your name', autoComplete: 'name' },
  { key: 'firm', label: 'Firm', autoComplete: 'organization' },
  { key: 'contact', label: 'Email or phone', autoComplete: 'email' },
];

/** "Prepared by" for printed reports: kept in this browser's preferences, never in a share link. */
export function PreparedByForm() {
  const id = useId();
  const preparedBy = usePreferencesStore((state) => state.preparedBy);
  const setPreparedBy = usePreferencesStore((state) => state.setPreparedBy);
  return (
    <fieldset className="prepared-by-form">
      <legend>Prepared by (printed on the report)</legend>
      <p className="field-hint">Optional. Saved in this browser for every report you print.</p>
      <div className="prepared-by-fields">
        {FIELDS.map((field) => (
          <div key={field.key} className="prepared-by-field">
            <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
            <input
              id={`${id}-${field.key}`}
              type="text"
              autoComplete={field.autoComplete}
              maxLength={120}
              value={preparedBy[field.key]}
              onChange={(event) =>
                setPreparedBy({ ...preparedBy, [field.key]: event.currentTarget.value })
              }
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The printed "Prepared by" line; nothing when no field is filled in. */
export function PreparedByLine() {
  const { name, firm, contact } = usePreferencesStore((state) => state.preparedBy);
  const parts = [name, firm, contact].map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  return <p className="prepared-by print-only">Prepared by {parts.join(' · ')}</p>;
}
