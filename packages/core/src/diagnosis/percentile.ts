/**
 * Percentiles and distributions. One definition everywhere (README "Diagnosis"): linear
 * interpolation between closest ranks (Hyndman & Fan type 7; NumPy's and Excel's
 * PERCENTILE.INC default). For sorted values `x[0..n-1]` and `p` in 0..1:
 * `h = (n - 1) * p`, `P(p) = x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h])`.
 * It never exceeds the largest value and moves by at most `1/(n-1)` of a gap per outlier, so
 * one exceptional day cannot lift the 75th or 90th percentile to itself.
 */
import type { Distribution } from './baseline-schema.js';

/** `P(p)` of values already sorted ascending; NaN for an empty list. */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  const count = sorted.length;
  if (count === 0) return Number.NaN;
  const h = (count - 1) * Math.min(1, Math.max(0, p));
  const low = Math.floor(h);
  const lower = sorted[low] as number;
  const upper = sorted[Math.min(count - 1, low + 1)] as number;
  return lower + (h - low) * (upper - lower);
}

/** `P(p)` of values in any order; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  return percentileOfSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/** Mean, median, 75th and 90th percentile of the values; null when there are none. */
export function distributionOf(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    mean: sum / sorted.length,
    median: percentileOfSorted(sorted, 0.5),
    p75: percentileOfSorted(sorted, 0.75),
    p90: percentileOfSorted(sorted, 0.9),
  };
}
