// Types for scripts/vite-static-shell.mjs, so vite.config.ts typechecks without allowJs.
import type { Plugin } from 'vite';

/** Prerenders the static shell into index.html and adds the script that picks its variant. */
export function staticShell(): Plugin;
