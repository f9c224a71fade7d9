import { ANSWER_KEYS, answersSchema, partialAssumptionsSchema } from '../domain';
import { checksum } from './checksum';
import { CodecFailure, type RawPayload } from './codec-failure';
import { DIGITS } from './code-reader';
import { decodeNumber } from './number-token';

import type { RestoreResult, ShareError, SharePayload } from './types';
import { MAX_SHARED_NOTES_LENGTH, sanitizeNotes, sanitizeText } from './text';
import { decodeV1, decodeV2 } from './v1';
import { decodeV3, encodeV3 } from './v3';

/*
 * Share links: `<app url>#s/<code>`. The code is versioned by its first character and always goes
 * through restoreShareCode: decode that version → migrate to the current shape → validate with the
 * domain's zod schemas → a typed value or a typed error. Format and reasons:
 * docs/decisions/003-share-link-format.md.
 */

/** The fragment path that marks a share link (the app routes `#s/<code>` to the shared result). */
export const SHARE_ROUTE_PREFIX = 's/';

/** The format version encodeShareCode writes. */
export const CURRENT_SHARE_VERSION = 3;

/** Shorter than any code a version has made (every answer is in it: about 40 characters). */
const MIN_CODE_LENGTH = 20;

/**
 * Longer codes are refused before any parsing. The longest v1 code is under 1,000 characters; v2
 * notes add at most 4 × 1,000 (base64url of 3 UTF-8 bytes per UTF-16 unit).
 */
const MAX_CODE_LENGTH = 6000;

// Unreserved URI characters (RFC 3986): browsers, chat apps and mail clients leave them alone.
const CODE_ALPHABET = /^[A-Za-z0-9._~-]*$/;

interface LinkFormat {
  version: number;
  /** Parses a whole code of this version (version character included); throws CodecFailure. */
  decode(code: string): RawPayload;
  /**
   * Turns this version's raw payload into the next version's. Absent on the current version. A
   * version that adds an answer fills it here the way the app would have read the old link.
   */
  toNext?: (raw: RawPayload) => RawPayload;
}

/**
 * Every format version ever released, by its first character. Adding v2: write decodeV2/encodeV2,
 * add `'2': { version: 2, decode: decodeV2 }`, give v1 a `toNext`, point encodeShareCode at v2 and
 * add v2 fixtures. Never remove an entry: links live in mailboxes for years.
 */
const FORMATS: Readonly<Record<string, LinkFormat>> = {
  // A v1 link has no notes; nothing else changed, so its payload is already a v2 payload.
  '1': { version: 1, decode: decodeV1, toNext: (raw) => raw },
  // v2 links predate the selling-founders and region questions: they stay absent, and the engine
  // fills them the way the old app read the answers (one founder; the currency's region).
  '2': { version: 2, decode: decodeV2, toNext: (raw) => raw },
  '3': { version: 3, decode: decodeV3 },
};

/**
 * Writes answers and changed assumptions as a compact share code, starting with its format version.
 * Expects schema-valid input (the results page only has such); throws a RangeError on a value no
 * version can hold (a negative or non-finite number), which would be a programming error.
 */
export function encodeShareCode(payload: SharePayload): string {
  const notes = payload.notes === undefined ? undefined : sanitizeNotes(payload.notes);
  if (notes !== undefined && notes.length > MAX_SHARED_NOTES_LENGTH)
    throw new RangeError(`Notes in a link are limited to ${MAX_SHARED_NOTES_LENGTH} characters`);
  return encodeV3(payload.answers, payload.assumptions, notes, payload.assumed);
}

/** `baseUrl` without any fragment, then `#s/<code>`. */
export function buildShareUrl(baseUrl: string, payload: SharePayload): string {
  const hash = baseUrl.indexOf('#');
  const base = hash === -1 ? baseUrl : baseUrl.slice(0, hash);
  return `${base}#${SHARE_ROUTE_PREFIX}${encodeShareCode(payload)}`;
}

/**
 * The one way into the app for a share code: decode → migrate → validate. Never throws, whatever the
 * input; a link that is empty, cut short, changed, from a newer app or out of range comes back as a
 * typed error whose message the error page shows as it is.
 */
export function restoreShareCode(code: string): RestoreResult {
  try {
    return restore(code);
  } catch {
    // Unreachable by design (every decoder reports through CodecFailure); kept so that a bug in a
    // decoder shows the damaged-link page rather than a blank one.
    return { ok: false, error: linkError('malformed') };
  }
}

function restore(input: unknown): RestoreResult {
  if (typeof input !== 'string') return { ok: false, error: linkError('malformed') };
  let code = input.trim();
  if (code === '') return { ok: false, error: linkError('empty') };
  if (code.length > MAX_CODE_LENGTH)
    return {
      ok: false,
      error: linkError('malformed', 'The link is far longer than any Hire Ready link.'),
    };
  // Codes never contain "%", but a mail gateway may escape characters such as "~" on the way.
  if (code.includes('%')) {
    try {
      code = decodeURIComponent(code);
    } catch {
      return { ok: false, error: linkError('malformed') };
    }
  }
  if (!CODE_ALPHABET.test(code)) {
    return {
      ok: false,
      error: linkError('malformed', 'The link contains characters Hire Ready links never use.'),
    };
  }

  const format = FORMATS[code.charAt(0)];
  if (!format) {
    // "Reload for the latest version" only helps when the link really came from a later version;
    // said of a garbled link (a reversed code, a word, a changed first character) it sends the
    // person round in circles. So a newer link must name a version after this one and carry the
    // envelope every version keeps, whose check it can only pass if it is intact.
    return {
      ok: false,
      error: linkError(isFromLaterVersion(code) ? 'unknown-version' : 'malformed'),
    };
  }

  let raw: RawPayload;
  try {
    raw = format.decode(code);
  } catch (failure) {
    if (!(failure instanceof CodecFailure)) throw failure;
    return { ok: false, error: linkError(failure.reason, failure.detail) };
  }
  for (let version = format.version; version < CURRENT_SHARE_VERSION; version++) {
    const step = Object.values(FORMATS).find((f) => f.version === version)?.toNext;
    if (step) raw = step(raw);
  }

  const validated = validatePayload(raw);
  if (!validated.ok) return { ok: false, error: validated.error };
  return { ok: true, value: validated.value, version: format.version };
}

/**
 * Whether a code with an unknown first character is an intact code of a later format version. Every
 * version keeps the same envelope (docs/decisions/003-share-link-format.md, "Versions and
 * migration"): its version as one lowercase base-36 digit, a header number and ".", and the two
 * check characters over everything before them. A code damaged in any one character fails the check,
 * so it reads as damaged, never as newer.
 */
function isFromLaterVersion(code: string): boolean {
  if (code.length < MIN_CODE_LENGTH) return false;
  if (DIGITS.indexOf(code.charAt(0)) <= CURRENT_SHARE_VERSION) return false;
  const header = /^.([0-9a-z]+)\./.exec(code)?.[1];
  if (header === undefined || decodeNumber(header) === null) return false;
  return checksum(code.slice(0, -2)) === code.slice(-2);
}

/**
 * Validates a raw payload with the domain's schemas, after stripping control characters from the
 * company name. Shared by links and files, which differ only in how they word the errors.
 */
export function validatePayload(
  raw: RawPayload,
  describe: (problem: 'answers' | 'assumptions', details: string[]) => ShareError = (
    _problem,
    details,
  ) => linkError('invalid', undefined, details),
): { ok: true; value: SharePayload } | { ok: false; error: ShareError } {
  const answersInput =
    typeof raw.answers.companyName === 'string'
      ? { ...raw.answers, companyName: sanitizeText(raw.answers.companyName) }
      : raw.answers;
  const answers = answersSchema().safeParse(answersInput);
  if (!answers.success)
    return { ok: false, error: describe('answers', issueMessages(answers.error.issues)) };
  const assumptions = partialAssumptionsSchema().safeParse(raw.assumptions);
  if (!assumptions.success) {
    return { ok: false, error: describe('assumptions', issueMessages(assumptions.error.issues)) };
  }
  // Only ever written by the v3 decoder, which checks it; a list of known keys or nothing.
  const assumed = Array.isArray(raw.assumed)
    ? ANSWER_KEYS.filter((key) => (raw.assumed as unknown[]).includes(key))
    : [];
  const quick = assumed.length > 0 ? { assumed } : {};
  if (raw.notes === undefined || raw.notes === '')
    return { ok: true, value: { answers: answers.data, assumptions: assumptions.data, ...quick } };
  const notes = typeof raw.notes === 'string' ? sanitizeNotes(raw.notes) : null;
  if (notes === null || notes.length > MAX_SHARED_NOTES_LENGTH) {
    return {
      ok: false,
      error: describe('answers', [
        `Notes must be text of ${MAX_SHARED_NOTES_LENGTH} characters or fewer`,
      ]),
    };
  }
  return {
    ok: true,
    value: { answers: answers.data, assumptions: assumptions.data, notes, ...quick },
  };
}

function issueMessages(issues: readonly { message: string }[]): string[] {
  return [...new Set(issues.map((issue) => issue.message))];
}

const ASK_AGAIN =
  'Open the link from the original message, or ask the person who sent it to copy it again with the Copy link button.';

const LINK_MESSAGES: Record<ShareError['kind'] | 'checksum' | 'extra', string> = {
  empty: `This link has no assessment in it. ${ASK_AGAIN}`,
  truncated:
    'This link is shorter than it should be. Usually its end was cut off, which happens when a long link is split across two lines in an email or chat. Copy the whole link, or ask the person who sent it to copy it again with the Copy link button.',
  malformed: `Part of this link is not in the form Hire Ready writes, so it was probably changed after it was copied. ${ASK_AGAIN}`,
  checksum: `This link was changed after it was copied: its last two characters, a check on the rest, do not match. ${ASK_AGAIN}`,
  extra: `This link has extra characters after its end. ${ASK_AGAIN}`,
  'unknown-version':
    'This link was made by a newer version of Hire Ready than the one open here. Reload the page to get the latest version, then open the link again.',
  invalid:
    'This link is intact, but some of its answers are outside what Hire Ready accepts, so it cannot show a result. Ask the person who sent it to check those answers and send a new link.',
};

function linkError(
  reason: CodecFailure['reason'] | ShareError['kind'],
  detail?: string,
  details?: string[],
): ShareError {
  const kind: ShareError['kind'] =
    reason === 'checksum' || reason === 'extra' ? 'malformed' : reason;
  const list = details ?? (detail ? [detail] : undefined);
  return list
    ? { kind, message: LINK_MESSAGES[reason], details: list }
    : { kind, message: LINK_MESSAGES[reason] };
}
