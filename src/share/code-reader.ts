import { CodecFailure } from './codec-failure';
import { decodeNumber, MAX_NUMBER_TOKEN_LENGTH, NUMBER_TOKEN_CHAR } from './number-token';

/*
 * Reading a share code: the cursor every format version uses. Kept apart from the versions so a
 * new version reuses it unchanged.
 */

/** Base-36 digits: one character per choice index, count or flag. */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A cursor over a code. Running out of characters is truncation and a character that cannot stand
 * where it is is malformed, both at once; problems of meaning are deferred (see decodeV1).
 */
export class Reader {
  position = 0;
  private deferred: CodecFailure | undefined;

  constructor(private readonly code: string) {}

  take(length: number): string {
    // A length read from a damaged number (NaN, a fraction) would stall the cursor.
    if (!Number.isSafeInteger(length) || length < 0)
      throw new CodecFailure('malformed', 'The link is not written correctly.');
    if (this.position + length > this.code.length) throw new CodecFailure('truncated');
    const text = this.code.slice(this.position, this.position + length);
    this.position += length;
    return text;
  }

  peek(): string {
    if (this.position >= this.code.length) throw new CodecFailure('truncated');
    return this.code.charAt(this.position);
  }

  /** One base-36 digit; a value above `max` is an index this app's tables do not have. */
  digit(max: number): number {
    const char = this.take(1);
    const value = DIGITS.indexOf(char);
    if (value === -1)
      throw new CodecFailure(
        'malformed',
        `The link has “${char}” where a letter or digit belongs.`,
      );
    if (value > max)
      this.defer(
        'unknown-version',
        'The link uses a choice or setting this version does not know.',
      );
    return value;
  }

  /** A number token and the "." that ends it. */
  number(): number {
    const start = this.position;
    for (;;) {
      const char = this.peek();
      if (char === '.') break;
      if (!NUMBER_TOKEN_CHAR.test(char) || this.position - start >= MAX_NUMBER_TOKEN_LENGTH) {
        throw new CodecFailure('malformed', 'A number in the link is not written correctly.');
      }
      this.position++;
    }
    const value = decodeNumber(this.code.slice(start, this.position));
    this.position++;
    if (value === null) this.defer('malformed', 'A number in the link is not written correctly.');
    return value ?? Number.NaN;
  }

  defer(reason: 'malformed' | 'unknown-version', detail: string): void {
    this.deferred ??= new CodecFailure(reason, detail);
  }

  throwDeferred(): void {
    if (this.deferred) throw this.deferred;
  }
}
