/**
 * The days a baseline observes: the business days and full weeks of a date range that the data
 * covers. Depends only on the calendar and the covered range, never on the values.
 */
import { toDayNumber, weekStartDayNumber } from '../calendar/civil-date.js';
import { businessDaysBetween, type PlanCalendar } from '../calendar/plan-calendar.js';

export interface ObservedWeek {
  /** Day indices into the calendar, both inclusive (7 days). */
  readonly from: number;
  readonly to: number;
  readonly businessDays: number;
}

export interface ObservedDays {
  /** Day indices into the calendar of the first and last covered date (`to < from`: none). */
  readonly from: number;
  readonly to: number;
  /** Indices of the covered business days, in order. */
  readonly businessDays: readonly number[];
  /**
   * Full weeks: those (from `weekStartsOn`) lying wholly inside the covered range and holding
   * exactly `workdaysPerWeek` business days (a week with a holiday or excluded date is left out,
   * so every week in the sample asks the same of the rep).
   */
  readonly weeks: readonly ObservedWeek[];
}

export function observedDays(calendar: PlanCalendar, from: number, to: number): ObservedDays {
  const businessDays: number[] = [];
  for (let index = Math.max(0, from); index <= Math.min(to, calendar.dayCount - 1); index++) {
    if (calendar.isBusiness[index] === 1) businessDays.push(index);
  }
  const weeks: ObservedWeek[] = [];
  let weekFrom = weekStartDayNumber(calendar.startDay + from, calendar.weekStartsOn) - calendar.startDay;
  if (weekFrom < from) weekFrom += 7;
  for (; weekFrom + 6 <= to; weekFrom += 7) {
    const count = businessDaysBetween(calendar, weekFrom, weekFrom + 6);
    if (count === calendar.workdaysPerWeek)
      weeks.push({ from: weekFrom, to: weekFrom + 6, businessDays: count });
  }
  return { from, to, businessDays, weeks };
}

/** Day index in `calendar` of a civil date (negative before it, ≥ dayCount after it). */
export function dayIndexOf(calendar: PlanCalendar, date: string): number {
  return toDayNumber(date) - calendar.startDay;
}
