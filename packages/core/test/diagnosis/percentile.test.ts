import { describe, expect, it } from 'vitest';
import { distributionOf, percentile } from '../../src/index.js';

describe('percentile: linear interpolation between closest ranks', () => {
  it('interpolates at h = (n - 1) * p', () => {
    // [1, 2, 3, 4]: p75 → h = 2.25 → 3 + 0.25 * (4 - 3); p90 → h = 2.7 → 3.7; median → 2.5.
    expect(percentile([4, 1, 3, 2], 0.75)).toBeCloseTo(3.25, 12);
    expect(percentile([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 12);
    expect(percentile([4, 1, 3, 2], 0.5)).toBeCloseTo(2.5, 12);
  });

  it('gives the value itself for one value, the extremes at 0 and 1, and NaN for none', () => {
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([5, 9, 1], 0)).toBe(1);
    expect(percentile([5, 9, 1], 1)).toBe(9);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('is not pulled to an outlier: one 300 among nineteen 40s leaves p75 and p90 at 40', () => {
    const days = [...Array.from({ length: 19 }, () => 40), 300];
    const figures = distributionOf(days);
    expect(figures).toEqual({ mean: 53, median: 40, p75: 40, p90: 40 });
  });

  it('has no distribution without values', () => {
    expect(distributionOf([])).toBeNull();
  });
});
