import { describe, expect, it } from 'vitest';
import { decodeName, encodeName } from './name-codec';
import { sanitizeText } from './text';

describe('company names in a code', () => {
  it.each([
    ['Acme Analytics', 0, 'Acme_Analytics'],
    ['', 0, ''],
    ['Smith & Jones_Co ~ Inc.', 0, 'Smith_~26_Jones~5FCo_~7E_Inc.'],
    ['a-b.c', 0, 'a-b.c'],
    ['株式会社', 1, '5qCq5byP5Lya56S-'],
    ['🚀', 1, '8J-agA'],
  ])('writes %j in mode %i as "%s" and reads it back', (name, mode, text) => {
    expect(encodeName(name)).toEqual({ mode, text });
    expect(decodeName(mode as 0 | 1, text)).toBe(name);
  });

  it.each([
    [0, '~'],
    [0, '~4'],
    [0, '~4g'],
    [0, '~ZZ'],
    [0, 'a b'],
    [0, 'a%20b'],
    [0, '~C3'], // half of a two-byte character
    [0, '~FF'], // never valid in UTF-8
    [1, 'A'], // a length of 1 mod 4 cannot hold whole bytes
    [1, 'QR'], // leftover bits set: "A" is "QQ"
    [1, 'a.b'],
  ])('rejects mode %i text "%s"', (mode, text) => {
    expect(decodeName(mode as 0 | 1, text)).toBeNull();
  });
});

describe('sanitizeText', () => {
  it('removes control characters, line separators and bidi overrides', () => {
    expect(sanitizeText('Ac\u0000me\n\t\u001b[31m\u007f\u0085 Inc\u2028\u202Eabc\u2066')).toBe(
      'Acme[31m Incabc',
    );
  });

  it('keeps emoji sequences, accents and other scripts intact', () => {
    const name = 'Zoë 👩‍💻 株式会社 مرحبا';
    expect(sanitizeText(name)).toBe(name);
  });

  it('replaces lone surrogates, which UTF-8 cannot hold', () => {
    expect(sanitizeText('a\uD800b\uDC00')).toBe('a\uFFFDb\uFFFD');
  });
});
