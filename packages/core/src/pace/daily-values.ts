/**
 * The engine's input: for each metric, cumulative sums over the plan window's days, holding
 * only what counts at `asOf` (pace.md "Attribution").
 */
import { toDayNumber } from '../calendar/civil-date.js';
import type { CalendarPosition, PlanCalendar } from '../calendar/plan-calendar.js';
import { startOfLocalDay } from '../calendar/time-zone.js';
import type { MetricRollup, Rollup } from '../rollups/rollup.js';

/** `prefix[i]` = sum of the days with index `< i` that count at `asOf`; length `dayCount + 1`. */
export type CumulativeSums = Float64Array;

/** The day's total counting only activities at or before `asOfMs`. */
function totalUntil(metric: MetricRollup, dayTotal: number, dayStartMs: number, asOfMs: number): number {
  if (!metric.detail) return dayTotal;
  let total = 0;
  const { at, value } = metric.detail;
  for (let index = 0; index < at.length; index++) {
    const instant = at[index] ?? 0;
    if (instant >= dayStartMs && instant <= asOfMs) total += value[index] ?? 0;
  }
  return total;
}

export function cumulativeSums(
  calendar: PlanCalendar,
  rollup: Rollup,
  metricId: string,
  position: CalendarPosition,
  asOfMs: number,
): CumulativeSums {
  const prefix = new Float64Array(calendar.dayCount + 1);
  const metric = rollup.metrics[metricId];
  if (!metric) return prefix;
  const offset = toDayNumber(rollup.from) - calendar.startDay;
  const lastCounted = Math.min(calendar.dayCount - 1, position.dayIndex);
  let running = 0;
  for (let index = 0; index < calendar.dayCount; index++) {
    if (index <= lastCounted) {
      const rollupIndex = index - offset;
      let dayTotal = metric.totals[rollupIndex] ?? 0;
      if (index === position.dayIndex) {
        const newest = metric.latest[rollupIndex];
        if (newest !== null && newest !== undefined && newest > asOfMs) {
          dayTotal = totalUntil(
            metric,
            dayTotal,
            startOfLocalDay(calendar.startDay + index, calendar.timeZone),
            asOfMs,
          );
        }
      }
      running += dayTotal;
    }
    prefix[index + 1] = running;
  }
  return prefix;
}

/** Sum over the day indices `from ..= to`. */
export function sumBetween(prefix: CumulativeSums, from: number, to: number): number {
  if (to < from) return 0;
  return (prefix[to + 1] ?? 0) - (prefix[from] ?? 0);
}
