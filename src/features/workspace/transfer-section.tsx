import { useId, useRef, useState } from 'react';
import { formatNumber, plural } from '../../domain/format';
import {
  exportWorkspaceFile,
  MAX_ASSESSMENTS,
  restoreWorkspaceFile,
  workspaceFileName,
} from '../../share';
import {
  useStorageStatus,
  useWorkspaceStore,
  type ImportReport,
  type SavedAssessment,
} from '../../store';
import { downloadFile } from '../../ui/download-file';

/** Far above any real export (about 2 kB an assessment), so a wrong file is refused before reading. */
const MAX_FILE_BYTES = 10_000_000;

type Message = { tone: 'good' | 'bad'; text: string; details?: string[] } | null;

const LIMIT = formatNumber(MAX_ASSESSMENTS, 0);

/** "Imported 3 assessments: 2 new, 1 updated, 0 skipped." */
export function describeImport(report: ImportReport): string {
  const total = report.added + report.updated + report.skipped;
  return `Imported ${plural(total, 'assessment', 'assessments')}: ${report.added} new, ${report.updated} updated, ${report.skipped} skipped.`;
}

/** What an import that changed the list means when saving fails: it lives in this tab only. */
function unsaved(text: string): Message {
  // A large workspace is written after a pause; write it now to know whether it was saved.
  useWorkspaceStore.flushWrites();
  const saveError = useStorageStatus.getState().saveError;
  return saveError
    ? {
        tone: 'bad',
        text: `${text.replace(/^Imported/, 'Imported into this tab')} They are NOT saved: ${saveError}`,
      }
    : null;
}

/** "Export all" and "Import": move every assessment to another machine as one JSON file. */
export function TransferSection({ assessments }: { assessments: readonly SavedAssessment[] }) {
  const id = useId();
  const importAssessments = useWorkspaceStore((state) => state.importAssessments);
  const createAssessment = useWorkspaceStore((state) => state.createAssessment);
  const [message, setMessage] = useState<Message>(null);
  const input = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setMessage({
        tone: 'bad',
        text: 'This file is far too large to be a Hire Ready export. Nothing was changed.',
      });
      return;
    }
    const restored = restoreWorkspaceFile(await file.text());
    if (input.current) input.current.value = '';
    if (!restored.ok) {
      setMessage({
        tone: 'bad',
        text: `That file could not be imported. ${restored.error.message} Nothing was changed.`,
        details: restored.error.details,
      });
      return;
    }
    if (restored.value.kind === 'assessment') {
      if (assessments.length >= MAX_ASSESSMENTS) {
        setMessage({
          tone: 'bad',
          text: `This browser already keeps ${LIMIT} assessments, the most it can. Delete some, then import again. Nothing was changed.`,
        });
        return;
      }
      const { answers, assumptions } = restored.value.assessment;
      createAssessment({ answers, assumptions }, { open: false });
      const text = describeImport({ added: 1, updated: 0, skipped: 0, updatedNames: [] });
      setMessage(unsaved(text) ?? { tone: 'good', text });
      return;
    }
    const report = importAssessments(restored.value.assessments);
    if (report.overLimit !== undefined) {
      setMessage({
        tone: 'bad',
        text: `Importing this file would make ${formatNumber(report.overLimit, 0)} assessments in this browser, more than the ${LIMIT} it keeps. Delete some, or import into a browser with fewer. Nothing was changed.`,
      });
      return;
    }
    const text = describeImport(report);
    const details = report.updatedNames.map(
      (name) => `Updated with the file’s newer copy: ${name}`,
    );
    const failed = report.added + report.updated > 0 ? unsaved(text) : null;
    setMessage(failed ? { ...failed, details } : { tone: 'good', text, details });
  }

  return (
    <section className="result-section transfer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Move to another computer</h2>
      <p className="section-intro">
        Export every assessment to one file, then import it in Hire Ready on the other computer.
        Importing adds new assessments and updates older copies; nothing is deleted.
      </p>
      <div className="transfer-grid">
        <div>
          <button
            type="button"
            className="button button-secondary"
            data-shortcut="export"
            disabled={assessments.length === 0 || assessments.length > MAX_ASSESSMENTS}
            onClick={() => {
              downloadFile(exportWorkspaceFile(assessments), workspaceFileName(new Date()));
              setMessage({
                tone: 'good',
                text: `Exported ${plural(assessments.length, 'assessment', 'assessments')}. The file includes your private notes.`,
              });
            }}
          >
            Export all
          </button>
          {assessments.length > MAX_ASSESSMENTS ? (
            <p className="field-hint">
              An export holds at most {LIMIT} assessments, so that it can always be imported again.
              Delete {formatNumber(assessments.length - MAX_ASSESSMENTS, 0)} to export.
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>Import assessments from a file</label>
          <p className="field-hint" id={`${id}-hint`}>
            A file saved with “Export all”, or one assessment saved with “Download answers”.
          </p>
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importFile(file);
            }}
          />
        </div>
      </div>
      <div role="status" className="transfer-status">
        {message && (
          <div className={message.tone === 'good' ? 'notice notice-good' : 'notice notice-bad'}>
            <p>{message.text}</p>
            {message.details && message.details.length > 0 && (
              <ul>
                {message.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
