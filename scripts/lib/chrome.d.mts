// Types for scripts/lib/chrome.mjs (used from tests/e2e/support.ts).
export const CHROME_CANDIDATES: readonly string[];
export const CHROME_ARGS: readonly string[];
export function findChrome(): string;
export const HEADLESS_SHELL_CANDIDATES: readonly string[];
export function findTestChrome(): string;
