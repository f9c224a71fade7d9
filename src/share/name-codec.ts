/*
 * The company name inside a share code, using only characters that browsers, chat apps and mail
 * clients leave alone in a URL fragment. Two modes; the encoder picks whichever is shorter (text on
 * a tie, because it stays readable):
 *
 * - text (mode 0): A–Z a–z 0–9 "-" "." stand for themselves, a space is "_", and every other
 *   character is its UTF-8 bytes, each written "~" + two uppercase hex digits ("&" → "~26",
 *   "é" → "~C3~A9"). Best for Latin-script names: "Acme Analytics" → "Acme_Analytics".
 * - base64url (mode 1): the UTF-8 bytes in base64url without padding. Best for names in other
 *   scripts or full of emoji (4 characters per 3 bytes instead of 9).
 */

const LITERAL = /^[A-Za-z0-9.-]$/;
const HEX = '0123456789ABCDEF';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export type NameMode = 0 | 1;

/** Writes `name` (already sanitized) in the shorter mode. */
export function encodeName(name: string): { mode: NameMode; text: string } {
  const bytes = new TextEncoder().encode(name);
  const asText = encodeTextMode(name);
  const asBase64 = encodeBase64Url(bytes);
  return asBase64.length < asText.length ? { mode: 1, text: asBase64 } : { mode: 0, text: asText };
}

/** Reads a name written by `encodeName`; null if the text is not valid in that mode or not UTF-8. */
export function decodeName(mode: NameMode, text: string): string | null {
  const bytes = mode === 0 ? decodeTextMode(text) : decodeBase64Url(text);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function encodeTextMode(name: string): string {
  let out = '';
  for (const char of name) {
    if (LITERAL.test(char)) out += char;
    else if (char === ' ') out += '_';
    else
      for (const byte of new TextEncoder().encode(char))
        out += `~${HEX[byte >> 4]}${HEX[byte & 15]}`;
  }
  return out;
}

function decodeTextMode(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '~') {
      const high = HEX.indexOf(text.charAt(i + 1));
      const low = HEX.indexOf(text.charAt(i + 2));
      if (high === -1 || low === -1 || i + 2 >= text.length) return null;
      bytes.push(high * 16 + low);
      i += 2;
    } else if (char === '_') {
      bytes.push(0x20);
    } else if (LITERAL.test(char)) {
      bytes.push(char.charCodeAt(0));
    } else {
      return null;
    }
  }
  return Uint8Array.from(bytes);
}

function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += BASE64URL[(chunk >> (18 - 6 * j)) & 63];
  }
  return out;
}

function decodeBase64Url(text: string): Uint8Array | null {
  // A length of 1 mod 4 cannot come from whole bytes.
  if (text.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const group = text.slice(i, i + 4);
    let chunk = 0;
    for (let j = 0; j < 4; j++) {
      const value = j < group.length ? BASE64URL.indexOf(group.charAt(j)) : 0;
      if (value === -1) return null;
      chunk = (chunk << 6) | value;
    }
    const count = group.length - 1; // 4 chars → 3 bytes, 3 → 2, 2 → 1
    // Bits past the last whole byte must be zero, so each name has exactly one spelling.
    if ((chunk & ((1 << (8 * (3 - count))) - 1)) !== 0) return null;
    for (let j = 0; j < count; j++) bytes.push((chunk >> (16 - 8 * j)) & 255);
  }
  return Uint8Array.from(bytes);
}
