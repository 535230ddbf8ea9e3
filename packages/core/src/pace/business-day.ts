/**
 * "Business day k of N", one rule for the overlay, the popup and the dashboard.
 *
 * pace.md's elapsed business time is `E = |{d in B : d < t}| + (t in B ? f(h) : 0)`: a
 * business day counts from the moment it starts, and a non-business day adds nothing. `k` is
 * the same count with today's share taken whole: `k = |{d in B : d <= t}|`. So on a business
 * day `k` is that day's place in the plan (Friday of the first week is 5, before, during and
 * after working hours), and on a weekend or a holiday `k` stays at the last business day so
 * far (Saturday after that Friday is still 5: no business time has passed since). `k` is 0
 * before the plan's first business day and `N` after its last.
 */
import { type CivilDate, toDayNumber } from '../calendar/civil-date.js';
import { parseInstant } from '../calendar/instant.js';
import { type CalendarSpec, planCalendar } from '../calendar/plan-calendar.js';
import { civilDateAt } from '../calendar/time-zone.js';

export interface PlanDay {
  /** `k`: business days of the plan on or before the date. */
  readonly day: number;
  /** `N`: business days in the plan. */
  readonly total: number;
}

/** `k of N` on a civil date (the date in the plan's zone). */
export function businessDayOf(plan: CalendarSpec, date: CivilDate): PlanDay {
  const calendar = planCalendar(plan);
  const index = toDayNumber(date) - calendar.startDay;
  const clamped = Math.min(calendar.dayCount, Math.max(0, index + 1));
  return { day: calendar.businessBefore[clamped] ?? 0, total: calendar.total };
}

/** `k of N` at an instant: its civil date is taken in the plan's time zone, whatever the viewer's. */
export function businessDayAt(plan: CalendarSpec, asOf: string): PlanDay {
  const ms = parseInstant(asOf);
  if (Number.isNaN(ms)) throw new RangeError(`asOf "${asOf}" is not an ISO-8601 instant with Z or an offset`);
  return businessDayOf(plan, civilDateAt(ms, plan.timeZone));
}
