/*
 * Which part of the static shell (prerendered into index.html at build time) a first paint should
 * show, decided before the body is parsed by a tiny classic script (shell-boot.ts) in <head>. The
 * route is in the URL fragment, which the server never sees, so one index.html carries every
 * variant and this picks one. Self-contained on purpose: it is bundled on its own into that script.
 */

/** The prerendered variants of the static shell; `other` is the neutral "Loading…" screen. */
export const SHELL_VARIANTS = ['landing', 'wizard-company', 'other'] as const;
export type ShellVariant = (typeof SHELL_VARIANTS)[number];

/**
 * The variant for a location hash (`#/`, `#/assess/company?from=check`, `#s/<code>`, or '').
 * Must agree with matchRoute (src/ui/routes.ts) and with what each screen renders first for a
 * visitor with nothing saved; shell-choice.test.ts checks the first against the router.
 */
export function shellFor(hash: string): ShellVariant {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return 'landing';
  if (/^\/assess\/company(\?|$)/.test(path)) return 'wizard-company';
  return 'other';
}

/** localStorage key and shape of the display preferences (src/store/preferences.ts). */
const PREFERENCES_KEY = 'hire-ready:preferences';

/**
 * Whether presenter view was on when the page was last used, from the raw stored preferences
 * (zustand persist writes `{"state":{"presenter":true},"version":1}`). Anything unreadable is off.
 */
export function presenterFrom(raw: string | null): boolean {
  if (raw === null) return false;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return false;
    const state: unknown = parsed.state;
    return (
      typeof state === 'object' &&
      state !== null &&
      'presenter' in state &&
      state.presenter === true
    );
  } catch {
    return false;
  }
}

/**
 * Marks <html> with the shell variant and presenter view, before the first paint. Never throws:
 * blocked storage means presenter view off.
 */
export function applyShell(doc: Document, location: Location, getStorage: () => Storage): void {
  const html = doc.documentElement;
  html.dataset.shell = shellFor(location.hash);
  let raw: string | null = null;
  try {
    raw = getStorage().getItem(PREFERENCES_KEY);
  } catch {
    raw = null;
  }
  html.dataset.presenter = presenterFrom(raw) ? 'on' : 'off';
}
