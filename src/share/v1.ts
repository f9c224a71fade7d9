import type { Answers, Assumptions } from '../domain';
import { checksum } from './checksum';
import { CodecFailure, type RawPayload } from './codec-failure';
import { DIGITS, Reader } from './code-reader';
import { decodeName, encodeName } from './name-codec';
import { encodeNumber } from './number-token';
import { sanitizeNotes, sanitizeText } from './text';

/*
 * Share-link format version 1. The grammar, the budget arithmetic and the reasons are in
 * docs/decisions/003-share-link-format.md.
 *
 * Everything v1 refers to is a literal copy here, not read from src/domain: the field order, each
 * choice list, the lead sources and the assumption keys. Each entry is written as its index in
 * these tables, so the tables are append-only, like the domain lists they mirror: a choice or an
 * assumption appended in the domain is appended here too, in the same version (old links never
 * use the new index, so they decode as before; a new link opened in an older app reports that it
 * comes from a newer version). Renaming, removing or reordering an entry, or adding an answer,
 * needs a new format version with a migration. share-code.test.ts checks the tables against the
 * domain so neither can drift silently.
 */

export const V1 = '1';
/** Version 2 is v1 plus an optional notes segment before the check (docs/decisions/003). */
export const V2 = '2';
/** Starts the notes segment; never appears in a name (text mode follows "~" with hex, base64url has no "~"). */
export const NOTES_MARK = '~~';

/** Each choice list of the domain; a choice is written as its index here (append-only). */
export const V1_CHOICES = {
  arrBand: ['pre-revenue', 'under-1m', '1m-5m', 'over-5m'],
  leadTrend: ['none', 'sporadic', 'steady', 'growing'],
  outbound: ['none', 'ad-hoc', 'systematic'],
  icp: ['none', 'rough', 'documented'],
  processDocs: ['none', 'in-head', 'partial', 'playbook'],
  crm: ['none', 'spreadsheet', 'crm', 'crm-stages'],
  qualification: ['none', 'informal', 'framework'],
  currency: ['USD', 'EUR', 'GBP'],
} as const;

/** Lead sources: bit i of the sources digit is V1_LEAD_SOURCES[i]. Five bits fill a digit, so a sixth source needs a new version. */
export const V1_LEAD_SOURCES = ['inbound', 'outbound', 'referral', 'partner', 'events'] as const;

/** Assumption keys; a changed assumption is written as its index here (append-only, at most 36). */
export const V1_ASSUMPTION_KEYS = [
  'aeOteUsd',
  'sdrOteUsd',
  'loadedCostMultiplier',
  'quotaMultiple',
  'aeRampMonths',
  'sdrRampMonths',
  'sdrMeetingsPerMonth',
  'meetingToOppPct',
  'aeActiveDeals',
  'closerHoursPerWeek',
  'sdrsPerAe',
  'usdPerEur',
  'usdPerGbp',
  'transactionalAcvUsd',
  'outboundPaysAcvUsd',
  'enterpriseAcvUsd',
  'shortCycleDays',
  'founderWeekHours',
  'founderSalesSharePct',
  'minFounderLedCustomers',
  'minNonFounderWins',
  'lowCloseRatePct',
  'minPipelineCoverage',
  'enterpriseCycleDays',
  'enterpriseStakeholders',
  'targetPaybackMonths',
  'paybackHorizonMonths',
] as const;

type ChoiceKey = keyof typeof V1_CHOICES;
type Field =
  | { key: ChoiceKey; kind: 'choice' }
  | { key: AnswerKeyOf<number>; kind: 'number' }
  | { key: AnswerKeyOf<boolean>; kind: 'yes-no' }
  | { key: 'leadSources'; kind: 'sources' };
type AnswerKeyOf<T> = { [K in keyof Answers]-?: Answers[K] extends T ? K : never }[keyof Answers];

/** Every answer after the company name, in the order v1 writes them (the question order of v1). */
export const V1_FIELDS: readonly Field[] = [
  { key: 'arrBand', kind: 'choice' },
  { key: 'customers', kind: 'number' },
  { key: 'aes', kind: 'number' },
  { key: 'sdrs', kind: 'number' },
  { key: 'qualifiedOppsPerMonth', kind: 'number' },
  { key: 'leadTrend', kind: 'choice' },
  { key: 'leadSources', kind: 'sources' },
  { key: 'leadsUnworked', kind: 'yes-no' },
  { key: 'outbound', kind: 'choice' },
  { key: 'icp', kind: 'choice' },
  { key: 'processDocs', kind: 'choice' },
  { key: 'crm', kind: 'choice' },
  { key: 'qualification', kind: 'choice' },
  { key: 'nonFounderWins', kind: 'number' },
  { key: 'currency', kind: 'choice' },
  { key: 'acv', kind: 'number' },
  { key: 'closeRatePct', kind: 'number' },
  { key: 'salesCycleDays', kind: 'number' },
  { key: 'stakeholders', kind: 'number' },
  { key: 'founderSalesHours', kind: 'number' },
  { key: 'founderClosesAll', kind: 'yes-no' },
  { key: 'runwayMonths', kind: 'number' },
];

/** Sources written in another order than V1_LEAD_SOURCES: "w", a count, then each index. */
export const SOURCES_LISTED = 'w';

export function indexIn(list: readonly string[], value: string, what: string): number {
  const index = list.indexOf(value);
  if (index === -1) {
    throw new RangeError(
      `Share format v1 has no code for ${what} "${value}": append it to the v1 table, or add a format version if it replaces a value (docs/decisions/003-share-link-format.md)`,
    );
  }
  return index;
}

/** Writes a payload as a v1 code. Expects schema-valid answers; see encodeShareCode. */
export function encodeV1(answers: Answers, assumptions: Partial<Assumptions>): string {
  return encodeCode(V1, answers, assumptions, undefined);
}

/** Writes a payload as a v2 code: v1's fields, then the notes segment when there are notes. */
export function encodeV2(
  answers: Answers,
  assumptions: Partial<Assumptions>,
  notes: string | undefined,
): string {
  return encodeCode(V2, answers, assumptions, notes);
}

function encodeCode(
  version: string,
  answers: Answers,
  assumptions: Partial<Assumptions>,
  notes: string | undefined,
): string {
  let code = '';

  for (const field of V1_FIELDS) {
    switch (field.kind) {
      case 'choice':
        code += DIGITS[indexIn(V1_CHOICES[field.key], answers[field.key], field.key)];
        break;
      case 'number':
        code += `${encodeNumber(answers[field.key])}.`;
        break;
      case 'yes-no':
        code += answers[field.key] ? '1' : '0';
        break;
      case 'sources': {
        const indices = answers.leadSources.map((source) =>
          indexIn(V1_LEAD_SOURCES, source, 'lead source'),
        );
        const inOrder = indices.every((index, i) => i === 0 || index > (indices[i - 1] ?? 0));
        code += inOrder
          ? DIGITS[indices.reduce((mask, index) => mask | (1 << index), 0)]
          : `${SOURCES_LISTED}${indices.length}${indices.join('')}`;
        break;
      }
    }
  }

  const changes: string[] = [];
  for (const [key, value] of Object.entries(assumptions)) {
    if (value === undefined) continue;
    changes[indexIn(V1_ASSUMPTION_KEYS, key, 'assumption')] = `${encodeNumber(value)}.`;
  }
  const written = changes.flatMap((token, index) =>
    token === undefined ? [] : [DIGITS[index] + token],
  );
  code += DIGITS[written.length] + written.join('');

  const name = encodeName(sanitizeText(answers.companyName));
  code += name.text;
  if (notes !== undefined && notes !== '') {
    const notesText = encodeName(sanitizeNotes(notes));
    code += `${NOTES_MARK}${notesText.mode}${notesText.text}`;
  }
  // The header declares how many characters follow it (check included), so a code that lost or
  // gained a character anywhere after the header is caught before anything is parsed.
  const header = `${version}${encodeNumber((code.length + 2) * 2 + name.mode)}.`;
  return header + code + checksum(header + code);
}

/**
 * Reads a v1 code into raw (not yet validated) answers and assumptions. Throws CodecFailure.
 *
 * Two passes in one: the structure is checked as it is read (the header declares the length of
 * the rest, so a code cut anywhere, or with a character lost or added, is caught at once);
 * meaning (a choice index beyond its list, a name that is not UTF-8) is checked only after the
 * checksum matched, so a changed character is reported as a change rather than as whatever it broke,
 * and an index beyond a table in an intact code reads as what it is: a link from a newer app.
 */
export function decodeV1(code: string): RawPayload {
  return decodeCode(code, V1);
}

/** Reads a v2 code: as v1, then an optional notes segment before the check. Throws CodecFailure. */
export function decodeV2(code: string): RawPayload {
  return decodeCode(code, V2);
}

function decodeCode(code: string, version: string): RawPayload {
  const reader = new Reader(code);
  if (reader.take(1) !== version) throw new CodecFailure('unknown-version');

  const header = reader.number();
  if (!Number.isSafeInteger(header))
    throw new CodecFailure('malformed', 'The link is not written correctly.');
  const rest = code.length - reader.position;
  const declared = Math.floor(header / 2);
  if (rest < declared) throw new CodecFailure('truncated');
  if (rest > declared) throw new CodecFailure('extra');

  const answers: Record<string, unknown> = {};
  for (const field of V1_FIELDS) {
    switch (field.kind) {
      case 'choice': {
        const choices: readonly string[] = V1_CHOICES[field.key];
        answers[field.key] = choices[reader.digit(choices.length - 1)];
        break;
      }
      case 'number':
        answers[field.key] = reader.number();
        break;
      case 'yes-no':
        answers[field.key] = reader.digit(1) === 1;
        break;
      case 'sources':
        answers[field.key] = readSources(reader);
        break;
    }
  }

  const assumptions: Record<string, number> = {};
  const count = reader.digit(V1_ASSUMPTION_KEYS.length);
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const index = reader.digit(V1_ASSUMPTION_KEYS.length - 1);
    // Strictly increasing: each assumption at most once, and one spelling per payload.
    if (index <= previous) reader.defer('malformed', 'The changed assumptions are out of order.');
    previous = index;
    const value = reader.number();
    const key = V1_ASSUMPTION_KEYS[index];
    if (key) assumptions[key] = value;
  }

  // The name is everything up to the two check characters (v2: up to the notes mark, if any).
  const tailLength = code.length - 2 - reader.position;
  if (tailLength < 0) throw new CodecFailure('malformed', 'The link is not written correctly.');
  const tail = code.slice(reader.position, reader.position + tailLength);
  const mark = version === V1 ? -1 : tail.indexOf(NOTES_MARK);
  const nameLength = mark === -1 ? tailLength : mark;
  const companyName = decodeName(header % 2 === 0 ? 0 : 1, reader.take(nameLength));
  if (companyName === null) reader.defer('malformed', 'The company name is not written correctly.');
  answers.companyName = companyName;
  let notes: string | undefined;
  if (mark !== -1) {
    reader.take(NOTES_MARK.length);
    const mode = reader.digit(1);
    const decoded = decodeName(mode === 1 ? 1 : 0, reader.take(tailLength - mark - 3));
    if (decoded === null || decoded === '')
      reader.defer('malformed', 'The notes in the link are not written correctly.');
    notes = decoded ?? undefined;
  }

  const body = code.slice(0, reader.position);
  if (reader.take(2) !== checksum(body)) throw new CodecFailure('checksum');
  reader.throwDeferred();
  return notes === undefined ? { answers, assumptions } : { answers, assumptions, notes };
}

export function readSources(reader: Reader): string[] {
  if (reader.peek() !== SOURCES_LISTED) {
    const mask = reader.digit(2 ** V1_LEAD_SOURCES.length - 1);
    return V1_LEAD_SOURCES.filter((_, index) => (mask & (1 << index)) !== 0);
  }
  reader.take(1);
  const count = reader.digit(V1_LEAD_SOURCES.length);
  const sources: string[] = [];
  for (let i = 0; i < count; i++)
    sources.push(V1_LEAD_SOURCES[reader.digit(V1_LEAD_SOURCES.length - 1)] ?? '');
  return sources;
}
