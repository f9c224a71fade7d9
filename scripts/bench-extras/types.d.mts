// The contract between scripts/bench.mjs and the extra measurements in this folder (README.md).

export interface BenchContext {
  /** Absolute path of the project root. */
  root: string;
  /** Absolute path of the built dist/ folder. */
  dist: string;
  /** The preview server serving dist/, with a trailing slash: `${baseUrl}#/results`. */
  baseUrl: string;
  /** The parsed bench-budgets.json. */
  budgets: Record<string, unknown>;
  /** Progress output (stderr; stdout is reserved for the report). */
  log(message: string): void;
  median(values: number[]): number;
  /** Loads an app module through Vite (TypeScript, path relative to the root: `src/domain/engine.ts`). */
  loadTs(path: string): Promise<Record<string, unknown>>;
  /** Median microseconds per call of `fn`, over `samples` batches of `batch` calls after `warmup` calls. */
  timeMedianUs(
    fn: () => unknown,
    options?: { samples?: number; batch?: number; warmup?: number },
  ): number;
}

export interface Measurement {
  /** Also the key of its budget under `extras` in bench-budgets.json. */
  name: string;
  value: number;
  unit: string;
  /** Overrides the budget in bench-budgets.json (prefer the file: one place for every budget). */
  budget?: number;
  /** `max` (default): value ≤ budget passes. `min`: value ≥ budget passes. */
  comparison?: 'max' | 'min';
  /** Overrides the pass/fail the bench would compute from the budget. */
  ok?: boolean;
  /** Shown beside the result, e.g. the input that was measured. */
  note?: string;
}

export type Measure = (ctx: BenchContext) => Promise<Measurement[]>;
