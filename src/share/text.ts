/*
 * Company names arrive from outside (a link, a file) and end up in headings and the printed report.
 * React renders them as text, so markup is harmless; what is not harmless is invisible structure:
 * control characters (newlines, escape sequences, NUL) and the bidirectional overrides and isolates
 * that make text display in a different order than it is stored ("Trojan Source", CVE-2021-42574).
 * Both are removed, on encode and on decode, so a name is data that looks like what it is.
 */

// \p{Cc}: C0 controls, DEL and C1 controls. U+2028/U+2029: line and paragraph separators.
// U+202A–U+202E and U+2066–U+2069: bidi embeddings, overrides and isolates. Zero-width joiners are
// kept on purpose: emoji sequences need them.
const UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

// A lone surrogate cannot be written as UTF-8; TextEncoder would turn it into U+FFFD anyway, so do it
// here where it is visible and the encoder's output decodes back to exactly its input.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes control and bidi-override characters and replaces lone surrogates with U+FFFD. */
export function sanitizeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(UNSAFE, '');
}

/** The longest notes a share link carries (UTF-16 units, after sanitizing). */
export const MAX_SHARED_NOTES_LENGTH = 1000;

/**
 * Notes are free text like a name, but keep their line breaks (and tabs): everything else unsafe is
 * removed as in sanitizeText, and Windows line ends become "\n".
 */
export function sanitizeNotes(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.split('\t').map(sanitizeText).join('\t'))
    .join('\n');
}
