/**
 * Activities → per-day totals per metric in a plan's time zone. The engine reads these
 * totals, so evaluating a plan costs the same for ten activities or ten million.
 *
 * De-duplication follows docs/pace.md: an activity is keyed by (source, id, metric); the last
 * version seen wins, and `deleted: true` removes the key.
 */
import { type CivilDate, fromDayNumber, MS_PER_DAY, toDayNumber } from '../calendar/civil-date.js';
import { parseInstant } from '../calendar/instant.js';
import { startOfLocalDay } from '../calendar/time-zone.js';
import type { Activity } from '../schemas/activity.js';
import { isSumMetric } from '../schemas/metric.js';
import { attachDayDetail, bucketByDay } from './day-detail.js';
import { latestVersions } from './dedupe.js';
import { type MetricRollup, ROLLUP_KIND, type Rollup } from './rollup-shape.js';

// The rollup's shape has its own module, so day-detail.ts can use it without importing this one.
export { type MetricRollup, ROLLUP_KIND, type Rollup } from './rollup-shape.js';

/** The part of a plan a rollup needs: its zone and window. */
export interface RollupScope {
  readonly timeZone: string;
  readonly start: CivilDate;
  readonly end: CivilDate;
}

export interface RollupOptions {
  /** Leave out activities after this instant (docs/pace.md: they do not count yet). */
  readonly asOf?: string;
  /** Dates to cover instead of the plan window (a baseline before the plan, say). */
  readonly from?: CivilDate;
  readonly to?: CivilDate;
  /**
   * Keep, beside the rollup, each activity's instant, so that evaluating at an `asOf` inside a
   * day counts only that day's earlier activities (default true).
   */
  readonly keepDetail?: boolean;
}

export function isRollup(value: unknown): value is Rollup {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === ROLLUP_KIND;
}

/** First instant of each local day of the range, plus the first instant after it. */
function dayStarts(timeZone: string, fromDay: number, dayCount: number): Float64Array {
  const starts = new Float64Array(dayCount + 1);
  for (let index = 0; index <= dayCount; index++) starts[index] = startOfLocalDay(fromDay + index, timeZone);
  return starts;
}

/** Index of the local day holding `epochMs`, or -1 outside the range. */
function dayIndexOf(starts: Float64Array, dayCount: number, epochMs: number): number {
  const first = starts[0] ?? 0;
  if (epochMs < first || epochMs >= (starts[dayCount] ?? 0)) return -1;
  let index = Math.min(dayCount - 1, Math.floor((epochMs - first) / MS_PER_DAY));
  while (index > 0 && epochMs < (starts[index] ?? 0)) index--;
  while (index < dayCount - 1 && epochMs >= (starts[index + 1] ?? 0)) index++;
  return index;
}

/** Typed arrays while accumulating (no holes, no nulls: V8 keeps them fast); plain arrays in the result. */
interface Accumulator {
  readonly totals: Float64Array;
  readonly latest: Float64Array;
  readonly slot: number;
  readonly sum: boolean;
}

function newAccumulator(metric: string, dayCount: number, slot: number): Accumulator {
  return {
    totals: new Float64Array(dayCount),
    latest: new Float64Array(dayCount).fill(Number.NEGATIVE_INFINITY),
    slot,
    sum: isSumMetric(metric),
  };
}

export function rollupActivities(
  scope: RollupScope,
  activities: Iterable<Activity>,
  options: RollupOptions = {},
): Rollup {
  const from = options.from ?? scope.start;
  const to = options.to ?? scope.end;
  const fromDay = toDayNumber(from);
  const dayCount = Math.max(0, toDayNumber(to) - fromDay + 1);
  const cutoffMs = options.asOf === undefined ? Number.POSITIVE_INFINITY : parseInstant(options.asOf);
  if (Number.isNaN(cutoffMs)) throw new RangeError(`asOf "${options.asOf}" is not an ISO-8601 instant`);
  const keepDetail = options.keepDetail ?? true;
  const starts = dayStarts(scope.timeZone, fromDay, dayCount);

  const accumulators = new Map<string, Accumulator>();
  const metricNames: string[] = [];
  let lastMetric = '';
  let current: Accumulator | undefined;
  const kept = latestVersions(activities);
  const capacity = keepDetail ? kept.length : 0;
  const entryDay = new Int32Array(capacity);
  const entryAt = new Float64Array(capacity);
  const entryMetric = new Uint16Array(capacity);
  const entryValue = new Float64Array(capacity);
  let entries = 0;
  for (const activity of kept) {
    const epochMs = parseInstant(activity.occurredAt);
    if (Number.isNaN(epochMs)) {
      throw new RangeError(
        `activity ${activity.source}/${activity.id}: occurredAt "${activity.occurredAt}" is not an instant`,
      );
    }
    if (epochMs > cutoffMs) continue;
    const dayIndex = dayIndexOf(starts, dayCount, epochMs);
    if (dayIndex < 0) continue;
    if (activity.metric !== lastMetric || current === undefined) {
      lastMetric = activity.metric;
      current = accumulators.get(lastMetric);
      if (current === undefined) {
        current = newAccumulator(lastMetric, dayCount, metricNames.length);
        metricNames.push(lastMetric);
        accumulators.set(lastMetric, current);
      }
    }
    let value = 1;
    if (current.sum) {
      if (activity.amount === undefined) {
        throw new RangeError(
          `activity ${activity.source}/${activity.id}: ${activity.metric} needs an amount`,
        );
      }
      value = activity.amount;
    }
    current.totals[dayIndex] = (current.totals[dayIndex] ?? 0) + value;
    if (epochMs > (current.latest[dayIndex] as number)) current.latest[dayIndex] = epochMs;
    if (keepDetail) {
      entryDay[entries] = dayIndex;
      entryAt[entries] = epochMs;
      entryMetric[entries] = current.slot;
      entryValue[entries] = value;
      entries++;
    }
  }

  const metrics: Record<string, MetricRollup> = {};
  for (const [metric, accumulator] of accumulators) {
    const totals = Array.from(accumulator.totals);
    const latest = Array.from(accumulator.latest, (ms) => (ms === Number.NEGATIVE_INFINITY ? null : ms));
    metrics[metric] = { totals, latest };
  }
  const rollup: Rollup = {
    kind: ROLLUP_KIND,
    timeZone: scope.timeZone,
    from,
    to: dayCount === 0 ? from : fromDayNumber(fromDay + dayCount - 1),
    cutoff: options.asOf ?? null,
    metrics,
  };
  if (keepDetail) {
    attachDayDetail(
      rollup,
      bucketByDay(metricNames, dayCount, entries, entryDay, entryAt, entryMetric, entryValue),
    );
  }
  return rollup;
}

/** Sum of a metric on each date, as `{date, value}` rows for tables, charts and storage. */
export function dailyTotals(rollup: Rollup, metric: string): { date: CivilDate; value: number }[] {
  const totals = rollup.metrics[metric]?.totals;
  if (!totals) return [];
  const fromDay = toDayNumber(rollup.from);
  return totals.map((value, index) => ({ date: fromDayNumber(fromDay + index), value }));
}
