/**
 * What a rollup's daily totals cannot say: which of a day's activities happened before a
 * given instant. Kept beside the rollup (not in it) so rollups stay small, plain JSON; only
 * the process that built a rollup can cut a day exactly at `asOf`.
 *
 * Entries are bucketed by day (a counting sort), so a cut reads one day's activities only.
 */
import type { Rollup } from './rollup-shape.js';

export interface DayDetail {
  readonly metrics: readonly string[];
  /** Entries of day `d` and metric slot `m` sit at `offsets[k] .. offsets[k + 1] - 1`, `k = d * metrics.length + m`. */
  readonly offsets: Int32Array;
  readonly at: Float64Array;
  readonly value: Float64Array;
}

const details = new WeakMap<Rollup, DayDetail>();

export function attachDayDetail(rollup: Rollup, detail: DayDetail): void {
  details.set(rollup, detail);
}

/** The day's total of `metric` counting only activities at or before `asOfMs`; null when unknown. */
export function dayTotalUntil(
  rollup: Rollup,
  metric: string,
  dayIndex: number,
  asOfMs: number,
): number | null {
  const detail = details.get(rollup);
  if (!detail) return null;
  const slot = detail.metrics.indexOf(metric);
  if (slot < 0) return 0;
  const bucket = dayIndex * detail.metrics.length + slot;
  let total = 0;
  const end = detail.offsets[bucket + 1] ?? 0;
  for (let entry = detail.offsets[bucket] ?? 0; entry < end; entry++) {
    if ((detail.at[entry] as number) <= asOfMs) total += detail.value[entry] as number;
  }
  return total;
}

/** Entries gathered in activity order → the same entries grouped by day and metric (a counting sort). */
export function bucketByDay(
  metrics: readonly string[],
  dayCount: number,
  count: number,
  day: Int32Array,
  at: Float64Array,
  metric: Uint16Array,
  value: Float64Array,
): DayDetail {
  const width = metrics.length;
  const buckets = dayCount * width;
  const offsets = new Int32Array(buckets + 1);
  for (let entry = 0; entry < count; entry++) {
    const bucket = (day[entry] as number) * width + (metric[entry] as number);
    offsets[bucket + 1] = (offsets[bucket + 1] as number) + 1;
  }
  for (let bucket = 0; bucket < buckets; bucket++) {
    offsets[bucket + 1] = (offsets[bucket + 1] as number) + (offsets[bucket] as number);
  }
  const cursor = offsets.slice(0, buckets);
  const sortedAt = new Float64Array(count);
  const sortedValue = new Float64Array(count);
  for (let entry = 0; entry < count; entry++) {
    const bucket = (day[entry] as number) * width + (metric[entry] as number);
    const position = cursor[bucket] as number;
    cursor[bucket] = position + 1;
    sortedAt[position] = at[entry] as number;
    sortedValue[position] = value[entry] as number;
  }
  return { metrics, offsets, at: sortedAt, value: sortedValue };
}
