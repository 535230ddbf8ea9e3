/**
 * The engine's input: for each metric, cumulative sums over the plan window's days, holding
 * only what counts at `asOf` (docs/pace.md "Attribution").
 */
import { toDayNumber } from '../calendar/civil-date.js';
import type { CalendarPosition, PlanCalendar } from '../calendar/plan-calendar.js';
import { dayTotalUntil } from '../rollups/day-detail.js';
import type { Rollup } from '../rollups/rollup.js';

/** `prefix[i]` = sum of the days with index `< i` that count at `asOf`; length `dayCount + 1`. */
export type CumulativeSums = Float64Array;

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
          // A rollup that crossed a JSON boundary has no detail: its totals are taken as cut.
          dayTotal = dayTotalUntil(rollup, metricId, rollupIndex, asOfMs) ?? dayTotal;
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
