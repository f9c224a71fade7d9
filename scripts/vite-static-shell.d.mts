// Types for scripts/vite-static-shell.mjs, so vite.config.ts and scripts/csp.test.ts typecheck
// without allowJs.
import type { Plugin } from 'vite';

/** Prerenders the static shell into index.html, inlines the stylesheet and the shell's script. */
export function staticShell(): Plugin;
/** The shell's boot script (src/app/shell-boot.ts) as the build puts it inline. */
export function bundleShellScript(root: string): Promise<string>;
/** The CSP source that allows exactly this inline script: `'sha256-…'`. */
export function scriptHashSource(script: string): string;
/** The policy with the shell script's hash added to script-src, as the built index.html has it. */
export function shellScriptPolicy(policy: string, script: string): string;
/** The modules each screen's loader imports, by the screen codes of src/app/screen-preload.ts. */
export const SCREEN_MODULES: Record<
  'wizard' | 'results' | 'shared' | 'quick' | 'workspace',
  readonly string[]
>;
