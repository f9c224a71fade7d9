// Entry of the classic script that index.html runs inline in <head> before the body is parsed (see
// shell-choice.ts). Built on its own by the static-shell Vite plugin (scripts/vite-static-shell.mjs).
import { keepEarlyFiles } from '../ui/early-file';
import { preloadScreenCode } from './screen-preload';
import { applyShell } from './shell-choice';

applyShell(document, window.location, () => window.localStorage);
keepEarlyFiles(document, window);
preloadScreenCode(document, window.location.hash, document.currentScript?.dataset.screens);
