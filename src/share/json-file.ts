import type { ShareError } from './types';

/*
 * The first steps of reading any file a person imports (one assessment or a whole workspace): text
 * of a sane size, JSON, not cut short. Each format passes its own wording, because the advice
 * ("export again with …") names the button that made that file.
 */

export interface JsonFileMessages {
  /** The file is not one of ours (wrong type, too large, not JSON). */
  notAnExport: string;
  empty: string;
  truncated: string;
}

/** Parses an imported file's text, or says in plain words why it cannot be read. Never throws. */
export function readJsonFile(
  text: unknown,
  maxLength: number,
  messages: JsonFileMessages,
): { ok: true; value: unknown } | { ok: false; error: ShareError } {
  if (typeof text !== 'string') return fail('malformed', messages.notAnExport);
  if (text.trim() === '') return fail('empty', messages.empty);
  if (text.length > maxLength) {
    return fail('malformed', messages.notAnExport, [
      'It is far larger than any Hire Ready export.',
    ]);
  }
  try {
    // Some editors save a byte-order mark in front of the JSON.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    // An export cut off while downloading or copying ends in the middle of the JSON.
    if (
      error instanceof SyntaxError &&
      /end of (JSON|data)|unterminated|unexpected end/i.test(error.message)
    ) {
      return fail('truncated', messages.truncated);
    }
    return fail('malformed', messages.notAnExport, ['It is not a JSON file.']);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fail(
  kind: ShareError['kind'],
  message: string,
  details?: string[],
): { ok: false; error: ShareError } {
  return { ok: false, error: details ? { kind, message, details } : { kind, message } };
}
