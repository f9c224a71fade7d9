import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREEN_MODULES } from './vite-static-shell.mjs';

const APP = join(import.meta.dirname, '../src/app');

/** `src/features/wizard/index.ts` and `../features/wizard` (from src/app) both as `src/features/wizard`. */
function moduleName(path: string): string {
  return normalize(path)
    .replace(/\/index\.ts$/, '')
    .replace(/\.tsx?$/, '');
}

describe("the build's list of each screen's modules (the first load fetches them early)", () => {
  it('names every module that screen’s loader in src/app/screens.ts imports', () => {
    const screens = readFileSync(join(APP, 'screens.ts'), 'utf8').split('\n');
    const loaders = {
      wizard: 'loadWizard',
      results: 'loadResults',
      shared: 'loadSharedResult',
      quick: 'loadQuick',
      workspace: 'loadWorkspace',
    } as const;
    for (const [screen, loader] of Object.entries(loaders)) {
      const line = screens.find((text) => text.startsWith(`export const ${loader} =`)) ?? '';
      expect({ loader, found: line !== '' }).toEqual({ loader, found: true });
      const imported = [...line.matchAll(/import\('([^']+)'\)/g)].map((match) =>
        moduleName(join('src/app', match[1] ?? '')),
      );
      // withClientName() brings the header's client name with the screen.
      if (line.includes('withClientName(')) imported.push('src/app/current-client');
      const listed = SCREEN_MODULES[screen as keyof typeof SCREEN_MODULES].map(moduleName);
      expect({ screen, modules: listed.toSorted() }).toEqual({
        screen,
        modules: imported.toSorted(),
      });
    }
  });
});
