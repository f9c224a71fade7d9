import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import './static-shell.css';
import { App } from './app';
import { keepEarlyKeys } from './early-keys';
import { matchRoute } from './routes';
import { preloadFirstScreen } from './screens';

const root = document.getElementById('root');
if (!root) throw new Error('Hire Ready: the #root element is missing from index.html');

// #root holds the static shell painted from index.html. The first render replaces it (React clears
// a root's previous children on its first commit), so wait for the current route's code first:
// the static screen then gives way to the finished one in a single frame, never to "Loading…".
// A chunk that fails to load is retried, and reported, by the screen itself. The first render is a
// transition, so React renders it in short slices instead of one long task (Total Blocking Time on
// a phone) while the static shell stays on screen, and commits it in one go.
keepEarlyKeys();
const path = window.location.hash.replace(/^#/, '') || '/';
preloadFirstScreen(matchRoute(path))
  .catch(() => undefined)
  .then(() => {
    const reactRoot = createRoot(root);
    startTransition(() => {
      reactRoot.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  });
