import {
  ANSWER_KEYS,
  answerSchema,
  ASSUMPTION_KEYS,
  assumptionSchema,
  STEP_IDS,
  WHAT_IF_KEYS,
  type AnswerKey,
  type Answers,
  type Assumptions,
  type StepId,
} from '../domain';
import { restoreAssessmentFile, type AssessmentFilePayload } from './assessment-file';
import { fail, isRecord, readJsonFile } from './json-file';
import {
  isValidTime,
  MAX_ASSESSMENTS,
  MAX_NOTES_LENGTH,
  MAX_SCENARIO_NAME,
  MAX_SCENARIOS,
} from './limits';
import { sanitizeNotes, sanitizeText } from './text';
import type { RestoreResult } from './types';

/*
 * "Export all" / "Import": every assessment in this browser in one JSON file, to move between
 * machines. Same rules as the single-assessment file (docs/decisions/003, "The workspace file"):
 * one restore function, never throws, a typed error or a fully validated value — a file with one bad
 * assessment is refused whole, so an import never half-happens.
 *
 * ```json
 * { "format": "hire-ready.workspace", "version": 1, "assessments": [
 *   { "id": "…", "answers": { … }, "step": "results", "assumptions": {}, "whatIf": {},
 *     "scenarios": [{ "name": "Raise prices", "whatIf": { "acv": 30000 } }],
 *     "notes": "", "createdAt": 1767225600000, "updatedAt": 1767225600000 } ] }
 * ```
 * Answers may be incomplete (an assessment in progress); each one given must be valid.
 * `scenarios` (named what-ifs, added without a version bump) is optional: older files import as
 * assessments without scenarios; a malformed scenario refuses the file like any other bad value.
 */

export const WORKSPACE_FILE_FORMAT = 'hire-ready.workspace';
export const WORKSPACE_FILE_VERSION = 1;

const MAX_FILE_LENGTH = 20_000_000;

const STEPS: readonly string[] = [...STEP_IDS, 'check', 'results'];

/** One assessment as the workspace file holds it (the saved shape, minus nothing). */
export interface WorkspaceFileAssessment {
  id: string;
  answers: Partial<Answers>;
  step: StepId | 'check' | 'results';
  assumptions: Partial<Assumptions>;
  whatIf: Partial<Answers>;
  notes: string;
  createdAt: number;
  updatedAt: number;
  /** A quick check's assumed answers (issue 14); absent when every answer was given. */
  assumed?: AnswerKey[];
  /** Named what-ifs kept with the assessment; absent when there are none. */
  scenarios?: WorkspaceFileScenario[];
}

export interface WorkspaceFileScenario {
  name: string;
  whatIf: Partial<Answers>;
}

/** A workspace file, or a single-assessment file (issue 5), which imports as one new assessment. */
export type WorkspaceImport =
  | { kind: 'workspace'; assessments: WorkspaceFileAssessment[] }
  | { kind: 'assessment'; assessment: AssessmentFilePayload };

/** Writes the workspace file (pretty-printed: it is meant to be readable). */
export function exportWorkspaceFile(assessments: readonly WorkspaceFileAssessment[]): string {
  const file = {
    format: WORKSPACE_FILE_FORMAT,
    version: WORKSPACE_FILE_VERSION,
    assessments: assessments.map((a) => ({
      id: a.id,
      answers: a.answers,
      step: a.step,
      assumptions: a.assumptions,
      whatIf: a.whatIf,
      ...(a.scenarios && a.scenarios.length > 0
        ? { scenarios: a.scenarios.map((x) => ({ name: x.name, whatIf: x.whatIf })) }
        : {}),
      notes: a.notes,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      ...(a.assumed && a.assumed.length > 0 ? { assumed: a.assumed } : {}),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `hire-ready-assessments-2026-01-31.json`. */
export function workspaceFileName(date: Date): string {
  return `hire-ready-assessments-${date.toISOString().slice(0, 10)}.json`;
}

const NOT_AN_EXPORT =
  'This file is not a Hire Ready export. Choose a file saved with Export all (or Download answers).';

/**
 * Reads an "Export all" file, or a single assessment's file. Never throws: anything else comes back
 * as a typed error whose message says what is wrong and that nothing was changed is up to the caller.
 */
export function restoreWorkspaceFile(text: string): RestoreResult<WorkspaceImport> {
  try {
    return restore(text);
  } catch {
    return fail('malformed', NOT_AN_EXPORT);
  }
}

function restore(text: unknown): RestoreResult<WorkspaceImport> {
  const read = readJsonFile(text, MAX_FILE_LENGTH, {
    notAnExport: NOT_AN_EXPORT,
    empty: 'This file is empty.',
    truncated:
      'This file ends too early: it was probably not saved or copied completely. Export again and import the new file.',
  });
  if (!read.ok) return read;
  const parsed = read.value;
  // readJsonFile only succeeds on text; the check tells the compiler so.
  if (typeof text === 'string' && isRecord(parsed) && parsed.format === 'hire-ready.assessment') {
    const single = restoreAssessmentFile(text);
    return single.ok
      ? {
          ok: true,
          value: { kind: 'assessment', assessment: single.value },
          version: single.version,
        }
      : single;
  }
  if (!isRecord(parsed) || parsed.format !== WORKSPACE_FILE_FORMAT)
    return fail('malformed', NOT_AN_EXPORT, ['It has no "format": "hire-ready.workspace" entry.']);
  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('malformed', NOT_AN_EXPORT, ['Its "version" is not a format version.']);
  if (version > WORKSPACE_FILE_VERSION) {
    return fail(
      'unknown-version',
      'This file was exported by a newer version of Hire Ready than the one open here. Reload the page to get the latest version, then import the file again.',
    );
  }
  const list = parsed.assessments;
  if (!Array.isArray(list))
    return fail('malformed', NOT_AN_EXPORT, ['It has no list of assessments.']);
  if (list.length > MAX_ASSESSMENTS) {
    return fail(
      'invalid',
      `This file holds ${list.length.toLocaleString('en')} assessments, more than the ${MAX_ASSESSMENTS.toLocaleString('en')} one browser keeps.`,
    );
  }

  const assessments: WorkspaceFileAssessment[] = [];
  const details: string[] = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, index) => {
    const problems: string[] = [];
    const assessment = readAssessment(item, problems);
    if (assessment && seen.has(assessment.id)) problems.push('its id appears twice in the file');
    if (!assessment || problems.length > 0) {
      details.push(`Assessment ${index + 1}: ${problems.join('; ') || 'not written correctly'}`);
      return;
    }
    seen.add(assessment.id);
    assessments.push(assessment);
  });
  if (details.length > 0) {
    return fail(
      'invalid',
      'Some assessments in this file are not written correctly, so none were imported. Export again and import the new file.',
      details.slice(0, 10),
    );
  }
  return { ok: true, value: { kind: 'workspace', assessments }, version };
}

function readAssessment(item: unknown, problems: string[]): WorkspaceFileAssessment | null {
  if (!isRecord(item)) return null;
  const {
    id,
    answers,
    step,
    assumptions = {},
    whatIf = {},
    notes = '',
    createdAt,
    updatedAt,
    assumed,
    scenarios,
  } = item;
  if (assumed !== undefined && !Array.isArray(assumed))
    problems.push('its assumed answers are not written correctly');
  if (typeof id !== 'string' || id === '' || id.length > 100) problems.push('it has no id');
  if (!isRecord(answers)) problems.push('it has no answers');
  if (!isRecord(assumptions)) problems.push('its assumptions are not written correctly');
  if (!isRecord(whatIf)) problems.push('its what-if values are not written correctly');
  if (typeof step !== 'string' || !STEPS.includes(step)) problems.push('its step is unknown');
  if (typeof notes !== 'string') problems.push('its notes are not text');
  else if (notes.length > MAX_NOTES_LENGTH)
    problems.push(`its notes are longer than ${MAX_NOTES_LENGTH.toLocaleString('en')} characters`);
  if (!isValidTime(createdAt) || !isValidTime(updatedAt))
    problems.push('its dates are not real dates');
  if (problems.length > 0 || !isRecord(answers) || !isRecord(assumptions) || !isRecord(whatIf))
    return null;

  const checked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (!(ANSWER_KEYS as string[]).includes(key)) {
      problems.push(`unknown answer “${key}”`);
      continue;
    }
    const input = key === 'companyName' && typeof value === 'string' ? sanitizeText(value) : value;
    const parsed = answerSchema(key as keyof Answers).safeParse(input);
    if (parsed.success) checked[key] = parsed.data;
    else problems.push(parsed.error.issues[0]?.message ?? `answer “${key}” is not accepted`);
  }
  const checkedAssumptions: Record<string, number> = {};
  for (const [key, value] of Object.entries(assumptions)) {
    const schema = (ASSUMPTION_KEYS as string[]).includes(key)
      ? assumptionSchema(key as keyof Assumptions)
      : null;
    const parsed = schema?.safeParse(value);
    if (parsed?.success) checkedAssumptions[key] = parsed.data;
    else problems.push(`assumption “${key}” is not accepted`);
  }
  const checkedWhatIf = readWhatIf(whatIf, problems, 'what-if value');
  const checkedScenarios = readScenarios(scenarios, problems);
  if (problems.length > 0) return null;
  return {
    id: id as string,
    answers: checked as Partial<Answers>,
    step: step as WorkspaceFileAssessment['step'],
    assumptions: checkedAssumptions as Partial<Assumptions>,
    whatIf: checkedWhatIf,
    ...(checkedScenarios.length > 0 ? { scenarios: checkedScenarios } : {}),
    notes: sanitizeNotes(notes as string),
    createdAt: createdAt as number,
    updatedAt: updatedAt as number,
    ...quickPart(assumed),
  };
}

/** What-if values: only the keys a what-if may change, each valid as an answer. */
function readWhatIf(
  whatIf: Record<string, unknown>,
  problems: string[],
  what: string,
): Partial<Answers> {
  const checked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(whatIf)) {
    const parsed = (WHAT_IF_KEYS as readonly string[]).includes(key)
      ? answerSchema(key as keyof Answers).safeParse(value)
      : null;
    if (parsed?.success) checked[key] = parsed.data;
    else problems.push(`${what} “${key}” is not accepted`);
  }
  return checked as Partial<Answers>;
}

/** Named what-if scenarios, checked like the assessment's own what-if; absent is none. */
function readScenarios(value: unknown, problems: string[]): WorkspaceFileScenario[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push('its what-if scenarios are not a list');
    return [];
  }
  if (value.length > MAX_SCENARIOS)
    problems.push(`it keeps ${value.length} what-if scenarios, more than ${MAX_SCENARIOS}`);
  const out: WorkspaceFileScenario[] = [];
  value.forEach((item: unknown, index) => {
    const label = `what-if scenario ${index + 1}`;
    if (!isRecord(item) || typeof item.name !== 'string' || !isRecord(item.whatIf)) {
      problems.push(`${label} has no name or no what-if values`);
      return;
    }
    const name = sanitizeText(item.name).trim();
    if (name === '' || name.length > MAX_SCENARIO_NAME)
      problems.push(`${label} needs a name of 1 to ${MAX_SCENARIO_NAME} characters`);
    else if (out.some((s) => s.name === name))
      problems.push(`what-if scenario “${name}” appears twice`);
    const whatIf = readWhatIf(item.whatIf, problems, `in what-if scenario “${name}”, value`);
    out.push({ name, whatIf });
  });
  return out;
}

/** Known answer keys of a quick check's assumed list, or nothing. */
function quickPart(assumed: unknown): { assumed?: AnswerKey[] } {
  if (!Array.isArray(assumed)) return {};
  const keys = ANSWER_KEYS.filter((key) => key !== 'companyName' && assumed.includes(key));
  return keys.length > 0 ? { assumed: keys } : {};
}
