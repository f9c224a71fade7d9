import type { AnswerKey, Answers, Assumptions } from '../domain';

/**
 * What a share link (and an exported file) carries: the answers and only the changed assumptions;
 * a v2 link may also carry the sender's notes, when they chose to include them.
 */
export type SharePayload = {
  answers: Answers;
  assumptions: Partial<Assumptions>;
  notes?: string;
  /** A quick check's assumed answers (v3 and later); absent when every answer was given. */
  assumed?: AnswerKey[];
};

export type ShareErrorKind = 'empty' | 'malformed' | 'truncated' | 'unknown-version' | 'invalid';

/**
 * Why a link or file could not be restored. `message` is written for the person who opened it: what
 * is wrong and what to do, in plain words, ready to show under the page's heading. `details` are
 * shorter specifics (for example each answer that failed validation), optional to show.
 */
export type ShareError = { kind: ShareErrorKind; message: string; details?: string[] };

/** The outcome of every restore function: a validated value and the format version it came in, or a typed error. */
export type RestoreResult<T = SharePayload> =
  { ok: true; value: T; version: number } | { ok: false; error: ShareError };
