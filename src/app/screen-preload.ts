/*
 * Fetches the current screen's code alongside the entry script on a first load. Without this, a
 * screen's chunks (for a shared result: the engine, the share codec and the result view) were
 * requested only once the entry had downloaded and run, one round trip and one entry's evaluation
 * later. Runs in the inline classic script in <head> (shell-boot.ts), so it is self-contained.
 *
 * The build writes which files each screen needs on that script's `data-screens` attribute
 * (scripts/vite-static-shell.mjs), as `wizard:./assets/a.js ./assets/b.js|shared:...`, each file
 * as index.html refers to it.
 */

/** The screens whose code a first load fetches early: the keys of the build's list. */
export type ScreenCode = 'wizard' | 'results' | 'shared' | 'quick' | 'workspace';

/**
 * The screen code for a location hash, as src/ui/routes.ts matchRoute and src/app/screens.ts
 * preloadRoute would load it (screen-preload.test.ts checks the two agree). The landing page is
 * in the entry itself, and an unknown address needs only the small "not found" screen.
 */
export function screenCodeFor(hash: string): ScreenCode | undefined {
  const path = hash.replace(/^#/, '') || '/';
  if (path.startsWith('s/')) return 'shared';
  if (/^\/assess\/[a-z-]+(\?|$)/.test(path)) return 'wizard';
  if (path === '/results' || path === '/roles') return 'results';
  if (path === '/quick') return 'quick';
  if (path === '/clients' || /^\/compare(\?|$)/.test(path)) return 'workspace';
  return undefined;
}

/** The files listed for one screen in the build's `data-screens` value. */
export function screenFiles(list: string, screen: ScreenCode): string[] {
  for (const entry of list.split('|')) {
    const [name, files] = entry.split(':');
    if (name === screen && files) return files.split(' ').filter(Boolean);
  }
  return [];
}

/**
 * Adds a `<link rel="modulepreload">` to <head> for each file the current screen needs. Never
 * throws: without the list (a development server) nothing is preloaded, and the app loads the
 * same files itself a moment later.
 */
export function preloadScreenCode(doc: Document, hash: string, list: string | undefined): void {
  const screen = screenCodeFor(hash);
  if (!screen || !list) return;
  for (const href of screenFiles(list, screen)) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    // As the entry's own <script type="module" crossorigin>, so the browser reuses the fetch.
    link.crossOrigin = '';
    link.href = href;
    doc.head.append(link);
  }
}
