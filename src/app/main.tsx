import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import './static-shell.css';
import { App } from './app';
import { keepEarlyKeys } from './early-keys';
import { matchRoute } from '../ui/routes';
import { preloadFirstScreen } from './screens';

/** The longest the first render waits for the static shell's first paint. */
const PAINT_WAIT_MS = 250;

const root = document.getElementById('root');
if (!root) throw new Error('Hire Ready: the #root element is missing from index.html');

// #root holds the static shell painted from index.html. The first render replaces it (React clears
// a root's previous children on its first commit), so wait for the current route's code first:
// the static screen then gives way to the finished one in a single frame, never to "Loading…".
// A chunk that fails to load is retried, and reported, by the screen itself. The first render is a
// transition, so React renders it in short slices instead of one long task (Total Blocking Time on
// a phone) while the static shell stays on screen, and commits it in one go.
//
// It also waits for the static shell to have been painted once. When the app's code arrived before
// the HTML parser had finished (a fast connection, a slow phone), the first render could otherwise
// replace the shell before the browser ever showed it, and the screen appeared only after React's
// work (Lighthouse saw the largest text painted at 0.37 s instead of 0.19 s in some runs).
keepEarlyKeys();
const path = window.location.hash.replace(/^#/, '') || '/';
Promise.all([preloadFirstScreen(matchRoute(path)).catch(() => undefined), afterNextPaint()]).then(
  () => {
    const reactRoot = createRoot(root);
    startTransition(() => {
      reactRoot.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  },
);

/**
 * Resolves once the browser has rendered a frame (after the frame's rAF, a task runs after its
 * paint), or after PAINT_WAIT_MS at most: a background tab renders no frames until it is shown.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, PAINT_WAIT_MS);
  });
}
