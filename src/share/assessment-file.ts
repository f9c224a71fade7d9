import { ANSWER_KEYS, ASSUMPTION_KEYS, OPTIONAL_ANSWER_KEYS, questionFor, type AnswerKey } from '../domain';
import type { RawPayload } from './codec-failure';
import { fail, isRecord, readJsonFile } from './json-file';
import { validatePayload } from './share-code';
import { sanitizeText } from './text';
import type { RestoreResult, SharePayload } from './types';

/*
 * "Export answers" / "Import": an assessment as a small, readable JSON file.
 *
 *   { "format": "hire-ready.assessment", "version": 1, "name": "…" (optional),
 *     "answers": { …every answer… }, "assumptions": { …only the changed ones… } }
 *
 * Keys are the domain's own names, so the file is self-describing and needs no table like the
 * share code. It goes through restoreAssessmentFile, like a link: check the tag → migrate from its
 * version → the same zod schemas → a typed value or a typed error. See
 * docs/decisions/003-share-link-format.md, "The export file".
 */

export const ASSESSMENT_FILE_FORMAT = 'hire-ready.assessment';
export const ASSESSMENT_FILE_VERSION = 1;

/** What an export file holds: the share payload and, optionally, the name the assessment is saved under. */
export type AssessmentFilePayload = SharePayload & { name?: string };

/** Files bigger than this are not exports (a real one is about 1 kB). */
const MAX_FILE_LENGTH = 1_000_000;
const MAX_NAME_LENGTH = 200;

/**
 * Migrations of the file's parsed JSON, from each released version to the next. Empty while
 * version 1 is current; a version 2 adds `1: (file) => …`.
 */
const FILE_MIGRATIONS: Readonly<
  Record<number, (file: Record<string, unknown>) => Record<string, unknown>>
> = {};

/** The file's text: pretty JSON, keys in question and panel order, ending with a newline. */
export function exportAssessmentFile(payload: AssessmentFilePayload): string {
  const answers: Record<string, unknown> = {};
  for (const key of ANSWER_KEYS) if (payload.answers[key] !== undefined) answers[key] = payload.answers[key];
  const assumptions: Record<string, number> = {};
  for (const key of ASSUMPTION_KEYS) {
    const value = payload.assumptions[key];
    if (value !== undefined) assumptions[key] = value;
  }
  const file = {
    format: ASSESSMENT_FILE_FORMAT,
    version: ASSESSMENT_FILE_VERSION,
    ...(payload.name === undefined ? {} : { name: payload.name }),
    answers,
    assumptions,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for the download, from the company name: `hire-ready-acme-analytics.json`. */
export function assessmentFileName(companyName: string): string {
  const slug = companyName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug ? `hire-ready-${slug}.json` : 'hire-ready-assessment.json';
}

/**
 * Reads an exported file's text. Never throws: anything that is not a valid export, from another
 * program, cut short, from a newer app, or with answers missing or out of range, comes back as a
 * typed error with a message for the person importing it.
 */
export function restoreAssessmentFile(text: string): RestoreResult<AssessmentFilePayload> {
  try {
    return restore(text);
  } catch {
    return fail('malformed', NOT_AN_EXPORT);
  }
}

const NOT_AN_EXPORT =
  'This file is not a Hire Ready export. Choose a file saved with Export answers.';

function restore(text: unknown): RestoreResult<AssessmentFilePayload> {
  const read = readJsonFile(text, MAX_FILE_LENGTH, {
    notAnExport: NOT_AN_EXPORT,
    empty: 'This file is empty. Choose a file saved with Export answers.',
    truncated:
      'This file ends too early: it was probably not saved or copied completely. Export the answers again and import the new file.',
  });
  if (!read.ok) return read;
  const parsed = read.value;
  if (!isRecord(parsed) || parsed.format !== ASSESSMENT_FILE_FORMAT) {
    return fail('malformed', NOT_AN_EXPORT, ['It has no "format": "hire-ready.assessment" entry.']);
  }

  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('malformed', NOT_AN_EXPORT, ['Its "version" is not a format version.']);
  }
  if (version > ASSESSMENT_FILE_VERSION) {
    return fail(
      'unknown-version',
      'This file was exported by a newer version of Hire Ready than the one open here. Reload the page to get the latest version, then import the file again.',
    );
  }
  let file: Record<string, unknown> = parsed;
  for (let v = version; v < ASSESSMENT_FILE_VERSION; v++) {
    const step = FILE_MIGRATIONS[v];
    if (step) file = step(file);
  }

  const { answers, assumptions = {}, name } = file;
  if (!isRecord(answers)) {
    return fail(
      'invalid',
      'The file’s answers are incomplete: it has no answers at all. Export the answers again and import the new file.',
    );
  }
  if (!isRecord(assumptions)) {
    return fail(
      'invalid',
      'The file’s assumptions are not written correctly. Export the answers again and import the new file.',
    );
  }
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_NAME_LENGTH)) {
    return fail(
      'invalid',
      `The file’s name must be text of ${MAX_NAME_LENGTH} characters or fewer.`,
    );
  }

  // Unknown keys are refused rather than dropped: the result would silently differ from the one
  // that was exported.
  const unknownAnswers = Object.keys(answers).filter(
    (key) => !(ANSWER_KEYS as string[]).includes(key),
  );
  const unknownAssumptions = Object.keys(assumptions).filter(
    (key) => !(ASSUMPTION_KEYS as string[]).includes(key),
  );
  if (unknownAnswers.length + unknownAssumptions.length > 0) {
    return fail(
      'invalid',
      'This file has entries this version of Hire Ready does not know. If it came from a newer version, reload the page and import it again.',
      [...unknownAnswers, ...unknownAssumptions].map((key) => `Unknown entry “${key}”`),
    );
  }

  const missing = ANSWER_KEYS.filter(
    (key) => answers[key] === undefined && !OPTIONAL_ANSWER_KEYS.includes(key),
  );
  if (missing.length > 0) {
    const labels = missing.map((key: AnswerKey) => questionFor(key).shortLabel);
    return fail(
      'invalid',
      `The file’s answers are incomplete: ${listInWords(labels)} ${missing.length === 1 ? 'is' : 'are'} missing. Export the answers again, or start a new assessment and fill them in.`,
      labels.map((label) => `${label} is missing`),
    );
  }

  const raw: RawPayload = { answers, assumptions };
  const validated = validatePayload(raw, (part, details) => ({
    kind: 'invalid',
    message:
      part === 'answers'
        ? 'Some of the file’s answers are not accepted, so it cannot be imported. Fix them in the file, or export the answers again.'
        : 'Some of the file’s assumptions are out of range, so it cannot be imported. Fix them in the file, or export the answers again.',
    details,
  }));
  if (!validated.ok) return validated;
  const value: AssessmentFilePayload =
    name === undefined ? validated.value : { ...validated.value, name: sanitizeText(name).trim() };
  return { ok: true, value, version };
}

/** "A", "A and B", "A, B and C". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
