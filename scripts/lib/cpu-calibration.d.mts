// Types for scripts/lib/cpu-calibration.mjs (the strict typecheck has no allowJs).

/** Mobile CPU slowdown multiplier for a Lighthouse benchmark index (≥ 1; 4 without an index). */
export function mobileCpuMultiplier(benchmarkIndex: number): number;
