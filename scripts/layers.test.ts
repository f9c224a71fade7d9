import { describe, expect, it } from 'vitest';
import { checkGraph, parseImports, resolveSpecifier, type ImportGraph } from './layers.mjs';

/** The rules broken in a graph, as `file → specifier` strings, for compact assertions. */
function broken(graph: ImportGraph): string[] {
  return checkGraph(graph).map((v) => `${v.file} → ${v.specifier}`);
}

const cleanApp: ImportGraph = {
  'src/domain/engine.ts': ['zod', './rules', { specifier: './types', typeOnly: true }],
  'src/domain/rules.ts': ['zod'],
  'src/domain/types.ts': [],
  'src/domain/engine.test.ts': ['vitest', 'fast-check', './engine'],
  'src/share/codec.ts': ['zod', '../domain/engine'],
  'src/store/store.ts': ['zustand', 'zustand/middleware', '../domain/types', '../share/codec'],
  'src/ui/button.tsx': ['react', '../domain/types', './styles.css'],
  'src/features/results/index.ts': ['./results-page'],
  'src/features/results/results-page.tsx': [
    'react',
    'recharts',
    '../../ui/button',
    '../../store/store',
  ],
  'src/features/results/results-page.test.tsx': [
    '@testing-library/react',
    'vitest',
    './results-page',
  ],
  'src/features/wizard/index.ts': ['./wizard-page'],
  'src/features/wizard/wizard-page.tsx': [
    'react-hook-form',
    '../results',
    '../results/index',
    '../../domain/rules',
  ],
  'src/app/app.tsx': [
    'react',
    '../features/wizard',
    { specifier: '../features/results', kind: 'dynamic' },
    '../ui/styles.css',
  ],
  'src/app/main.tsx': ['react-dom/client', './app'],
  'src/test-setup.ts': ['@testing-library/jest-dom/vitest'],
};

describe('checkGraph', () => {
  it('passes a graph that follows every rule', () => {
    expect(checkGraph(cleanApp)).toEqual([]);
  });

  it('flags the domain importing react', () => {
    const violations = checkGraph({ 'src/domain/engine.ts': ['zod', 'react'] });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ file: 'src/domain/engine.ts', specifier: 'react' });
    expect(violations[0]?.rule).toMatch(/src\/domain imports only zod/);
  });

  it('flags the domain importing the store or the ui', () => {
    expect(
      broken({
        'src/domain/engine.ts': ['../store/store', '../ui/button'],
        'src/store/store.ts': [],
        'src/ui/button.tsx': [],
      }),
    ).toEqual(['src/domain/engine.ts → ../store/store', 'src/domain/engine.ts → ../ui/button']);
  });

  it('lets tests use test-only packages, but not the code beside them', () => {
    expect(
      broken({
        'src/domain/engine.test.ts': ['vitest', '@testing-library/react', 'fast-check'],
        'src/domain/engine.ts': ['fast-check'],
        'src/share/codec.test.ts': ['react'],
      }),
    ).toEqual(['src/domain/engine.ts → fast-check', 'src/share/codec.test.ts → react']);
  });

  it('keeps share, store and ui to their lanes', () => {
    expect(
      broken({
        'src/share/codec.ts': ['../store/store', 'lz-string'],
        'src/store/store.ts': ['zustand/middleware', 'react', '../ui/button'],
        'src/ui/button.tsx': ['react', '../share/format', '../store/prefs', '../features/wizard'],
        'src/share/format.ts': [],
        'src/store/prefs.ts': [],
        'src/features/wizard/index.ts': [],
      }),
    ).toEqual([
      'src/share/codec.ts → ../store/store',
      'src/share/codec.ts → lz-string',
      'src/store/store.ts → react',
      'src/store/store.ts → ../ui/button',
      'src/ui/button.tsx → ../share/format',
      'src/ui/button.tsx → ../store/prefs',
      'src/ui/button.tsx → ../features/wizard',
    ]);
  });

  it("flags a feature importing another feature's internals, not its index", () => {
    const violations = checkGraph({
      'src/features/results/index.ts': ['./results-page'],
      'src/features/results/results-page.tsx': [],
      'src/features/results/charts/bar.tsx': [],
      'src/features/wizard/wizard-page.tsx': [
        '../results',
        '../results/results-page',
        '../results/charts/bar',
      ],
    });
    expect(violations.map((v) => v.specifier)).toEqual([
      '../results/results-page',
      '../results/charts/bar',
    ]);
    expect(violations[0]?.rule).toMatch(/only through its index\.ts; use '\.\.\/results'/);
  });

  it('flags anything outside src/app importing src/app', () => {
    expect(
      broken({
        'src/app/routes.ts': [],
        'src/features/wizard/index.ts': ['../../app/routes'],
        'src/ui/link.tsx': ['../app/routes'],
      }),
    ).toEqual([
      'src/features/wizard/index.ts → ../../app/routes',
      'src/ui/link.tsx → ../app/routes',
    ]);
  });

  it('flags imports it cannot resolve', () => {
    expect(broken({ 'src/domain/engine.ts': ['./missing'] })).toEqual([
      'src/domain/engine.ts → ./missing',
    ]);
  });

  it('reports a cycle once, as a concrete path', () => {
    const violations = checkGraph({
      'src/domain/a.ts': ['./b'],
      'src/domain/b.ts': ['./c'],
      'src/domain/c.ts': ['./a'],
      'src/domain/d.ts': ['./a'],
    });
    expect(violations).toHaveLength(1);
    expect(violations[0]?.cycle).toEqual(['src/domain/a.ts', 'src/domain/b.ts', 'src/domain/c.ts']);
    expect(violations[0]?.rule).toBe(
      'import cycle: src/domain/a.ts → src/domain/b.ts → src/domain/c.ts → src/domain/a.ts',
    );
  });

  it('counts dynamic imports in cycles but not `import type`', () => {
    expect(
      checkGraph({
        'src/domain/a.ts': [{ specifier: './b', typeOnly: true }],
        'src/domain/b.ts': ['./a'],
      }),
    ).toEqual([]);
    expect(
      checkGraph({
        'src/app/a.ts': [{ specifier: './b', kind: 'dynamic' }],
        'src/app/b.ts': ['./a'],
      }),
    ).toHaveLength(1);
  });
});

describe('resolveSpecifier', () => {
  const files = new Set([
    'src/domain/engine.ts',
    'src/features/results/index.tsx',
    'src/ui/button.tsx',
  ]);
  const has = (p: string) => files.has(p);

  it('tries .ts, .tsx and index files, and maps .js to .ts', () => {
    expect(resolveSpecifier('src/app/app.tsx', '../domain/engine', has)).toEqual({
      type: 'source',
      path: 'src/domain/engine.ts',
    });
    expect(resolveSpecifier('src/app/app.tsx', '../domain/engine.js', has)).toMatchObject({
      path: 'src/domain/engine.ts',
    });
    expect(resolveSpecifier('src/app/app.tsx', '../features/results', has)).toMatchObject({
      path: 'src/features/results/index.tsx',
    });
    expect(resolveSpecifier('src/app/app.tsx', '/src/ui/button', has)).toMatchObject({
      path: 'src/ui/button.tsx',
    });
  });

  it('names packages by their package name', () => {
    expect(resolveSpecifier('src/a.ts', '@testing-library/react/pure', has)).toMatchObject({
      type: 'package',
      name: '@testing-library/react',
    });
    expect(resolveSpecifier('src/a.ts', 'zustand/middleware', has)).toMatchObject({
      name: 'zustand',
    });
  });
});

describe('parseImports', () => {
  it('finds static, side-effect, re-export and dynamic imports with their lines', () => {
    const source = [
      "import { useState } from 'react';",
      "import type { Answers } from '../domain/answers';",
      'import {',
      '  a,',
      '  type B,',
      "} from './multi';",
      "import './styles.css';",
      "export { x } from './x';",
      "export type { Y } from './y';",
      "export * as z from './z';",
      "const Page = lazy(() => import('../features/wizard'));",
      "type Mod = typeof import('./types-only');",
    ].join('\n');
    expect(parseImports(source)).toEqual([
      { specifier: 'react', kind: 'import', typeOnly: false, line: 1 },
      { specifier: '../domain/answers', kind: 'import', typeOnly: true, line: 2 },
      { specifier: './multi', kind: 'import', typeOnly: false, line: 6 },
      { specifier: './styles.css', kind: 'import', typeOnly: false, line: 7 },
      { specifier: './x', kind: 'export', typeOnly: false, line: 8 },
      { specifier: './y', kind: 'export', typeOnly: true, line: 9 },
      { specifier: './z', kind: 'export', typeOnly: false, line: 10 },
      { specifier: '../features/wizard', kind: 'dynamic', typeOnly: false, line: 11 },
      { specifier: './types-only', kind: 'dynamic', typeOnly: true, line: 12 },
    ]);
  });

  it('ignores comments, strings, regexes and JSX text that look like imports', () => {
    const source = [
      "// import x from 'commented-out';",
      "/* import('also-commented') */",
      'const s = "import y from \'in-a-string\'";',
      'const r = /["\']/g; const url = /https?:\\/\\//;',
      "export const label = 'not from here';",
      "const text = <p>Don't import from 'jsx-text' here</p>;",
      "import { real } from './real';",
    ].join('\n');
    expect(parseImports(source).map((i) => i.specifier)).toEqual(['./real']);
  });
});
