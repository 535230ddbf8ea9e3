/**
 * A plan's business calendar: which dates of its window are business days, and how much
 * business time has elapsed at an instant (`E` of docs/pace.md). Built once per plan object and
 * kept in flat arrays so evaluating many targets and periods costs a few array reads.
 */
import {
  type CivilDate,
  fromDayNumber,
  type IsoWeekday,
  toDayNumber,
  weekdayOfDayNumber,
} from './civil-date.js';
import { localTimeAt } from './time-zone.js';
import { clockMinutes, workdayFraction } from './working-hours.js';

/** The fields of a plan that decide its calendar (a parsed `Plan` satisfies it). */
export interface CalendarSpec {
  readonly timeZone: string;
  readonly start: CivilDate;
  readonly end: CivilDate;
  readonly workdays: readonly number[];
  readonly weekStartsOn: number;
  readonly holidays: readonly CivilDate[];
  readonly ptoDays: readonly CivilDate[];
  readonly workingHours: { readonly start: string; readonly end: string };
}

export interface PlanCalendar {
  readonly timeZone: string;
  /** Day number of the window's first date. */
  readonly startDay: number;
  /** Calendar days in the window (inclusive of both ends). */
  readonly dayCount: number;
  /** `dates[i]`: the civil date of the window's day at index `i`. */
  readonly dates: readonly CivilDate[];
  /** 1 where the window's day at that index is a business day. */
  readonly isBusiness: Uint8Array;
  /** `businessBefore[i]` = business days among indices `0 .. i-1`; length `dayCount + 1`. */
  readonly businessBefore: Int32Array;
  /** `N`: business days in the window. */
  readonly total: number;
  readonly hoursStart: number;
  readonly hoursEnd: number;
  readonly workdaysPerWeek: number;
  readonly weekStartsOn: IsoWeekday;
}

const calendars = new WeakMap<CalendarSpec, PlanCalendar>();

export function planCalendar(spec: CalendarSpec): PlanCalendar {
  const cached = calendars.get(spec);
  if (cached) return cached;
  const built = buildCalendar(spec);
  calendars.set(spec, built);
  return built;
}

function buildCalendar(spec: CalendarSpec): PlanCalendar {
  const startDay = toDayNumber(spec.start);
  const endDay = toDayNumber(spec.end);
  const dayCount = Math.max(0, endDay - startDay + 1);
  const workdays = new Set(spec.workdays);
  const nonWorking = new Set<number>();
  for (const date of spec.holidays) nonWorking.add(toDayNumber(date));
  for (const date of spec.ptoDays) nonWorking.add(toDayNumber(date));

  const dates: CivilDate[] = new Array(dayCount);
  const isBusiness = new Uint8Array(dayCount);
  const businessBefore = new Int32Array(dayCount + 1);
  for (let index = 0; index < dayCount; index++) {
    const dayNumber = startDay + index;
    dates[index] = fromDayNumber(dayNumber);
    const business = workdays.has(weekdayOfDayNumber(dayNumber)) && !nonWorking.has(dayNumber);
    isBusiness[index] = business ? 1 : 0;
    businessBefore[index + 1] = (businessBefore[index] ?? 0) + (business ? 1 : 0);
  }
  return {
    timeZone: spec.timeZone,
    startDay,
    dayCount,
    dates,
    isBusiness,
    businessBefore,
    total: businessBefore[dayCount] ?? 0,
    hoursStart: clockMinutes(spec.workingHours.start),
    hoursEnd: clockMinutes(spec.workingHours.end),
    workdaysPerWeek: workdays.size,
    weekStartsOn: spec.weekStartsOn as IsoWeekday,
  };
}

/** The dates of `B`, in order. */
export function businessDates(calendar: PlanCalendar): CivilDate[] {
  const dates: CivilDate[] = [];
  for (let index = 0; index < calendar.dayCount; index++) {
    if (calendar.isBusiness[index] === 1) dates.push(calendar.dates[index] as CivilDate);
  }
  return dates;
}

/** Business days among the window's day indices `from ..= to` (clipped to the window). */
export function businessDaysBetween(calendar: PlanCalendar, from: number, to: number): number {
  const low = Math.max(0, from);
  const high = Math.min(calendar.dayCount - 1, to);
  if (high < low) return 0;
  return (calendar.businessBefore[high + 1] ?? 0) - (calendar.businessBefore[low] ?? 0);
}

/** Where `asOf` falls on the plan's calendar: the day index of `t` and `f(h)` on it. */
export interface CalendarPosition {
  /** Index of the local date `t` relative to the window's first date (negative before, ≥ dayCount after). */
  readonly dayIndex: number;
  /** `f(h)`: the share of the working day elapsed at `asOf`'s local wall-clock time. */
  readonly dayFraction: number;
  readonly minutes: number;
}

export function positionAt(calendar: PlanCalendar, asOfMs: number): CalendarPosition {
  const local = localTimeAt(asOfMs, calendar.timeZone);
  return {
    dayIndex: local.dayNumber - calendar.startDay,
    dayFraction: workdayFraction(local.minutes, calendar.hoursStart, calendar.hoursEnd),
    minutes: local.minutes,
  };
}

/** `E` over the window's day indices `from ..= to`: business days before `t`, plus `f(h)` when `t` is one. */
export function elapsedBusinessTime(
  calendar: PlanCalendar,
  position: CalendarPosition,
  from: number,
  to: number,
): number {
  const t = position.dayIndex;
  const fullDays = businessDaysBetween(calendar, from, Math.min(to, t - 1));
  const today = t >= from && t <= to && t >= 0 && t < calendar.dayCount && calendar.isBusiness[t] === 1;
  return fullDays + (today ? position.dayFraction : 0);
}
