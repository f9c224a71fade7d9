// Entry of the classic script that index.html runs in <head> before the body (see shell-choice.ts).
// Built on its own by the static-shell Vite plugin (scripts/vite-static-shell.ts), not by the app.
import { applyShell } from './shell-choice';

applyShell(document, window.location, () => window.localStorage);
