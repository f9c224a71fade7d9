import { describe, expect, it } from 'vitest';
import { mobileCpuMultiplier } from './cpu-calibration.mjs';

describe('mobileCpuMultiplier', () => {
  it('follows the Lighthouse calculator at its anchor points', () => {
    expect(mobileCpuMultiplier(150)).toBe(1);
    expect(mobileCpuMultiplier(800)).toBe(2);
    expect(mobileCpuMultiplier(1300)).toBe(3);
    expect(mobileCpuMultiplier(1533)).toBe(4);
  });

  it('interpolates between them', () => {
    expect(mobileCpuMultiplier(475)).toBe(1.5);
    expect(mobileCpuMultiplier(1050)).toBe(2.5);
  });

  it('never goes above stock 4×: a fast reading on a shared host is a quiet moment', () => {
    expect(mobileCpuMultiplier(2000)).toBe(4);
    expect(mobileCpuMultiplier(5000)).toBe(4);
  });

  it('never simulates a CPU faster than the host, and falls back to 4× without an index', () => {
    expect(mobileCpuMultiplier(40)).toBe(1);
    expect(mobileCpuMultiplier(Number.NaN)).toBe(4);
    expect(mobileCpuMultiplier(0)).toBe(4);
  });
});
