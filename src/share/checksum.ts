/*
 * The integrity check at the end of a share code: a polynomial hash of the code's characters modulo
 * the prime 1291, written as two base-36 digits (1291 is the largest prime below 36² = 1296).
 *
 * Why this one: changing one character changes the sum by (c' − c) × W^i, and since every code
 * character is ASCII, |c' − c| < 128 < 1291; with 1291 prime and W not a multiple of it, that change
 * is never 0 mod 1291. So every single-character substitution is detected, always, not merely
 * probably; so is every swap of two adjacent different characters (the change is (b − a) × W^i ×
 * (W − 1), and W ≠ 1). Anything else (several edits) slips through with probability about 1/1291,
 * and even then the result must still pass the schema. Truncation is caught by the grammar itself,
 * not the checksum (see docs/decisions/003-share-link-format.md).
 */

const MODULUS = 1291;
const WEIGHT = 31;

/** The two-character check for `text` ("00"–"zv"). */
export function checksum(text: string): string {
  let hash = 1;
  for (let i = 0; i < text.length; i++) hash = (hash * WEIGHT + text.charCodeAt(i)) % MODULUS;
  return hash.toString(36).padStart(2, '0');
}
