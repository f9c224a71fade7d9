import type { AnswerKey, Answers, Assumptions } from '../domain';
import { checksum } from './checksum';
import { CodecFailure, type RawPayload } from './codec-failure';
import { DIGITS, Reader } from './code-reader';
import { decodeName, encodeName } from './name-codec';
import { encodeNumber } from './number-token';
import { sanitizeNotes, sanitizeText } from './text';
import {
  indexIn,
  NOTES_MARK,
  readSources,
  SOURCES_LISTED,
  V1_CHOICES,
  V1_FIELDS,
  V1_LEAD_SOURCES,
} from './v1';

/*
 * Share-link format version 3 (engine v2): v2's grammar with the answers added since, and room for
 * more assumptions. Differences from v2, all after v1's fields:
 *
 * - one digit for how many founders sell and where the hire sits (founders × 5 + region; 30–34:
 *   region only; 35 then a second digit: 0 neither, as in data saved before the questions existed,
 *   so the result can still say those answers were assumed; 1–6 founders 0–5 without a region);
 * - the monthly burn as a number token, present only when the header says so;
 * - changed assumptions indexed by two base-36 digits (V3_ASSUMPTION_KEYS), their count one digit,
 *   or "z" then a number token for 35 or more.
 *
 * - quick check (issue 14): after the name, optionally "~q", then a number token: a bitmask over
 *   V3_ASSUMABLE_KEYS of the answers that are typical values, not the company's. Absent: every
 *   answer was given. "~q" never appears in a name ("~" is followed by hex there, base64url has no
 *   "~"), so links without it read exactly as before.
 *
 * The header is (characters after it) × 4 + 2 when a burn is given + the name mode.
 * Tables are append-only; a sixth region or a sixth founder count needs a new version.
 */

export const V3 = '3';

export const V3_REGIONS = ['us', 'uk', 'eu-west', 'eu-south-east', 'other'] as const;
const MAX_FOUNDERS = 5;
const REGION_ONLY = 30;
const MORE = 35;

/** Every assumption key v3 can carry; an index is two base-36 digits (append-only). */
export const V3_ASSUMPTION_KEYS = [
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
  'aeOteTransactionalUsd',
  'aeOteEnterpriseUsd',
  'payLevelUkPct',
  'payLevelEuWestPct',
  'payLevelEuSouthEastPct',
  'payLevelOtherPct',
  'aeBaseSharePct',
  'sdrBaseSharePct',
  'onCostPctUs',
  'onCostPctUk',
  'onCostPctEuWest',
  'onCostPctEuSouthEast',
  'onCostPctOther',
  'toolsMonthlyUsd',
  'recruitingFeePct',
  'timeToHireMonthsUs',
  'timeToHireMonthsUk',
  'timeToHireMonthsEuWest',
  'timeToHireMonthsEuSouthEast',
  'timeToHireMonthsOther',
  'aeRampTransactionalMonths',
  'aeRampEnterpriseMonths',
  'quotaMultipleFirstHire',
  'attainmentPct',
  'grossMarginPct',
  'outboundCloseRatioPct',
  'sdrOutputEuropePct',
  'closeRateFloorPct',
  'capacityBandPct',
  'midMarketAcvUsd',
  'enterpriseAcvBoundaryUsd',
  'midMarketStakeholders',
  'profileBandPct',
  'paybackLimitTransactionalMonths',
  'paybackLimitMidMarketMonths',
  'paybackLimitEnterpriseMonths',
  // The hiring plan's figures (issue 11).
  'worstCaseLeaveMonth',
  'slowRampFactor',
  'managerSpanOfControl',
  'secondAeTriggerPct',
  'secondAeProofMonths',
  'aeProspectingLimitPct',
  'selfServeAcvUsd',
  'sdrOutputEnterprisePct',
] as const;

/** Answers a quick check may leave assumed, by bit (append-only). */
export const V3_ASSUMABLE_KEYS = [
  'arrBand',
  'customers',
  'aes',
  'sdrs',
  'qualifiedOppsPerMonth',
  'leadTrend',
  'leadSources',
  'leadsUnworked',
  'outbound',
  'icp',
  'processDocs',
  'crm',
  'qualification',
  'nonFounderWins',
  'currency',
  'acv',
  'closeRatePct',
  'salesCycleDays',
  'stakeholders',
  'founderSalesHours',
  'founderClosesAll',
  'runwayMonths',
  'sellingFounders',
  'hireRegion',
] as const satisfies readonly AnswerKey[];

/** Marks the assumed-answers segment; see the format notes above. */
export const ASSUMED_MARK = '~q';

function assumedSegment(assumed: readonly AnswerKey[] | undefined): string {
  let mask = 0;
  V3_ASSUMABLE_KEYS.forEach((key, bit) => {
    if (assumed?.includes(key)) mask += 2 ** bit;
  });
  return mask === 0 ? '' : `${ASSUMED_MARK}${encodeNumber(mask)}.`;
}

function readAssumed(mask: number): AnswerKey[] | null {
  if (!Number.isSafeInteger(mask) || mask <= 0 || mask >= 2 ** V3_ASSUMABLE_KEYS.length)
    return null;
  return V3_ASSUMABLE_KEYS.filter((_, bit) => Math.floor(mask / 2 ** bit) % 2 === 1);
}

function foundersAndRegion(answers: Answers): string {
  const region =
    answers.hireRegion === undefined ? -1 : indexIn(V3_REGIONS, answers.hireRegion, 'hire region');
  const founders = answers.sellingFounders;
  if (founders === undefined)
    return region === -1 ? `${DIGITS[MORE]}0` : (DIGITS[REGION_ONLY + region] ?? '');
  if (!Number.isInteger(founders) || founders < 0 || founders > MAX_FOUNDERS)
    throw new RangeError(`Share format v3 holds 0 to ${MAX_FOUNDERS} selling founders`);
  if (region === -1) return `${DIGITS[MORE]}${DIGITS[founders + 1]}`;
  return DIGITS[founders * V3_REGIONS.length + region] ?? '';
}

/** Writes a payload as a v3 code. Expects schema-valid answers; see encodeShareCode. */
export function encodeV3(
  answers: Answers,
  assumptions: Partial<Assumptions>,
  notes: string | undefined,
  assumed?: readonly AnswerKey[],
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
        const indices = answers.leadSources.map((s) => indexIn(V1_LEAD_SOURCES, s, 'lead source'));
        const inOrder = indices.every((index, i) => i === 0 || index > (indices[i - 1] ?? 0));
        code += inOrder
          ? DIGITS[indices.reduce((mask, index) => mask | (1 << index), 0)]
          : `${SOURCES_LISTED}${indices.length}${indices.join('')}`;
        break;
      }
    }
  }
  code += foundersAndRegion(answers);
  const burn = answers.monthlyBurn;
  if (burn !== undefined) code += `${encodeNumber(burn)}.`;

  const written: string[] = [];
  V3_ASSUMPTION_KEYS.forEach((key, index) => {
    const value = assumptions[key];
    if (value === undefined) return;
    written.push(`${DIGITS[Math.floor(index / 36)]}${DIGITS[index % 36]}${encodeNumber(value)}.`);
  });
  for (const key of Object.keys(assumptions))
    if (assumptions[key as keyof Assumptions] !== undefined)
      indexIn(V3_ASSUMPTION_KEYS, key, 'assumption');
  code += written.length < 35 ? DIGITS[written.length] : `z${encodeNumber(written.length)}.`;
  code += written.join('');

  const name = encodeName(sanitizeText(answers.companyName));
  code += name.text;
  code += assumedSegment(assumed);
  if (notes !== undefined && notes !== '') {
    const notesText = encodeName(sanitizeNotes(notes));
    code += `${NOTES_MARK}${notesText.mode}${notesText.text}`;
  }
  const header = `${V3}${encodeNumber((code.length + 2) * 4 + (burn !== undefined ? 2 : 0) + name.mode)}.`;
  return header + code + checksum(header + code);
}

/** Reads a v3 code into a raw payload. Throws CodecFailure (see decodeV1 for the two passes). */
export function decodeV3(code: string): RawPayload {
  const reader = new Reader(code);
  if (reader.take(1) !== V3) throw new CodecFailure('unknown-version');
  const header = reader.number();
  if (!Number.isSafeInteger(header))
    throw new CodecFailure('malformed', 'The link is not written correctly.');
  const rest = code.length - reader.position;
  const declared = Math.floor(header / 4);
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
  const fr = reader.digit(MORE);
  if (fr < REGION_ONLY) {
    answers.sellingFounders = Math.floor(fr / V3_REGIONS.length);
    answers.hireRegion = V3_REGIONS[fr % V3_REGIONS.length];
  } else if (fr < MORE) answers.hireRegion = V3_REGIONS[fr - REGION_ONLY];
  else {
    const founders = reader.digit(MAX_FOUNDERS + 1);
    if (founders > 0) answers.sellingFounders = founders - 1;
  }
  if (Math.floor(header / 2) % 2 === 1) answers.monthlyBurn = reader.number();

  const assumptions: Record<string, number> = {};
  const first = reader.digit(35);
  const count = first === 35 ? reader.number() : first;
  if (!Number.isSafeInteger(count) || count > V3_ASSUMPTION_KEYS.length)
    reader.defer(
      'unknown-version',
      'The link uses a choice or setting this version does not know.',
    );
  let previous = -1;
  for (let i = 0; i < Math.min(count, V3_ASSUMPTION_KEYS.length + 1); i++) {
    const index = reader.digit(35) * 36 + reader.digit(35);
    if (index <= previous) reader.defer('malformed', 'The changed assumptions are out of order.');
    if (index >= V3_ASSUMPTION_KEYS.length)
      reader.defer(
        'unknown-version',
        'The link uses a choice or setting this version does not know.',
      );
    previous = index;
    const value = reader.number();
    const key = V3_ASSUMPTION_KEYS[index];
    if (key) assumptions[key] = value;
  }

  const tailLength = code.length - 2 - reader.position;
  if (tailLength < 0) throw new CodecFailure('malformed', 'The link is not written correctly.');
  const tail = code.slice(reader.position, reader.position + tailLength);
  const mark = tail.indexOf(NOTES_MARK);
  const quickMark = tail.indexOf(ASSUMED_MARK);
  const nameLength = quickMark !== -1 ? quickMark : mark === -1 ? tailLength : mark;
  const companyName = decodeName(header % 2 === 0 ? 0 : 1, reader.take(nameLength));
  if (companyName === null) reader.defer('malformed', 'The company name is not written correctly.');
  answers.companyName = companyName;
  let assumed: AnswerKey[] | undefined;
  if (quickMark !== -1) {
    reader.take(ASSUMED_MARK.length);
    assumed = readAssumed(reader.number()) ?? undefined;
    if (!assumed) reader.defer('malformed', 'The link is not written correctly.');
  }
  let notes: string | undefined;
  if (mark !== -1) {
    reader.take(NOTES_MARK.length);
    const mode = reader.digit(1);
    const decoded = decodeName(mode === 1 ? 1 : 0, reader.take(code.length - 2 - reader.position));
    if (decoded === null || decoded === '')
      reader.defer('malformed', 'The notes in the link are not written correctly.');
    notes = decoded ?? undefined;
  }
  const body = code.slice(0, reader.position);
  if (reader.take(2) !== checksum(body)) throw new CodecFailure('checksum');
  reader.throwDeferred();
  return {
    answers,
    assumptions,
    ...(notes === undefined ? {} : { notes }),
    ...(assumed === undefined ? {} : { assumed }),
  };
}
