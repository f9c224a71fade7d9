// Lighthouse simulates a mid-range phone by multiplying the CPU time it observed on this machine
// (4× by default). That default assumes a fast, idle host (benchmark index about 1,500). On a
// busy 2-core machine shared by several agents the index drops to 400 or less, the same 4× then
// emulates a phone three or four times slower than intended, and scores swing with the load.
// Lighthouse's documentation says to calibrate the multiplier to the host
// (docs/throttling.md, "CPU throttling"); this is the formula of its CPU throttling calculator
// (patrickhulce/lighthouse-cpu-throttling-calculator, pages/index.js, 2021): 150 → 1×,
// 800 → 2×, 1,300 → 3×, 1,533 → 4×, linear in between and beyond.

/**
 * The mobile CPU slowdown multiplier for a host with this Lighthouse benchmark index, never below 1
 * (a simulation never runs faster than the host did). Rounded to two decimals.
 * @param {number} benchmarkIndex
 */
export function mobileCpuMultiplier(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return 4;
  let multiplier;
  if (benchmarkIndex >= 1300) multiplier = 3 + (benchmarkIndex - 1300) / 233;
  else if (benchmarkIndex >= 800) multiplier = 2 + (benchmarkIndex - 800) / 500;
  else multiplier = 1 + (benchmarkIndex - 150) / 650;
  return Math.round(Math.max(1, multiplier) * 100) / 100;
}
