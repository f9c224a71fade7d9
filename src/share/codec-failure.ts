/** A decoded payload before migration and validation: shapes as a format version wrote them. */
export type RawPayload = {
  answers: Record<string, unknown>;
  assumptions: Record<string, unknown>;
  /** v2 and later: the notes, when the sender chose to include them. */
  notes?: unknown;
  /** v3 quick checks: the answers that are typical values, not the company's. */
  assumed?: unknown;
};

export type FailureReason = 'truncated' | 'malformed' | 'checksum' | 'extra' | 'unknown-version';

/**
 * Thrown inside a version's decoder only, and always caught by restoreShareCode, which turns it into
 * a ShareError: a parser several calls deep reads more simply when it can stop by throwing.
 */
export class CodecFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'CodecFailure';
  }
}
