// Types for scripts/layers.mjs, so the strict typecheck covers scripts/layers.test.ts without allowJs.

export type Layer = 'domain' | 'share' | 'store' | 'ui' | 'features' | 'app' | 'src' | 'outside';

export interface ImportRecord {
  specifier: string;
  /** `import` (static import or side-effect import), `export` (re-export) or `dynamic` (`import()`). */
  kind?: 'import' | 'export' | 'dynamic';
  /** A statement-level `import type` / `export type`: erased at build time, so no cycle edge. */
  typeOnly?: boolean;
  line?: number;
}

/** Project-relative POSIX path of every source file → its imports (a string is a value import). */
export type ImportGraph = Record<string, ReadonlyArray<string | ImportRecord>>;

export type Resolved =
  | { type: 'package'; name: string; subpath?: string }
  | { type: 'source'; path: string }
  | { type: 'asset'; path: string }
  | { type: 'unresolved'; path: string };

export interface Place {
  layer: Layer;
  /** For `src/features/<x>/...`: `x`. */
  feature?: string;
  isTest: boolean;
}

export interface Violation {
  file: string;
  line?: number;
  specifier: string;
  /** The project path the specifier resolved to, when it is a file. */
  resolved?: string;
  /** The rule broken, in words. */
  rule: string;
  /** For cycle violations: the files on the cycle, in import order. */
  cycle?: string[];
}

export function parseImports(source: string): ImportRecord[];
export function normalizePath(path: string): string;
export function resolveSpecifier(
  fromFile: string,
  specifier: string,
  isSourceFile: (path: string) => boolean,
): Resolved;
export function placeOf(path: string): Place;
export function checkGraph(graph: ImportGraph): Violation[];
export function findCycles(edges: Map<string, Set<string>>): string[][];
