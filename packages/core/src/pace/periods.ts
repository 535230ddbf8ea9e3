/**
 * The periods of a daily or weekly target (docs/pace.md "Daily and weekly targets"): which dates
 * each covers and how many business days it holds. Depends only on the calendar, so the
 * layout is computed once per plan and target window and reused at every evaluation.
 */
import { type CivilDate, weekStartDayNumber } from '../calendar/civil-date.js';
import { businessDaysBetween, type PlanCalendar } from '../calendar/plan-calendar.js';
import type { Cadence } from '../schemas/plan.js';

export interface PeriodLayout {
  /** Day indices into the plan window, both inclusive. */
  readonly from: number;
  readonly to: number;
  readonly start: CivilDate;
  readonly end: CivilDate;
  /** `b_p`. */
  readonly businessDays: number;
}

const layouts = new WeakMap<PlanCalendar, Map<string, readonly PeriodLayout[]>>();

function layout(calendar: PlanCalendar, from: number, to: number): PeriodLayout {
  return {
    from,
    to,
    start: calendar.dates[from] as CivilDate,
    end: calendar.dates[to] as CivilDate,
    businessDays: businessDaysBetween(calendar, from, to),
  };
}

function dailyPeriods(calendar: PlanCalendar, lastIndex: number): PeriodLayout[] {
  const periods: PeriodLayout[] = [];
  for (let index = 0; index <= lastIndex; index++) {
    if (calendar.isBusiness[index] === 1) periods.push(layout(calendar, index, index));
  }
  return periods;
}

function weeklyPeriods(calendar: PlanCalendar, lastIndex: number): PeriodLayout[] {
  const periods: PeriodLayout[] = [];
  let weekFrom = weekStartDayNumber(calendar.startDay, calendar.weekStartsOn) - calendar.startDay;
  while (weekFrom <= lastIndex) {
    const from = Math.max(0, weekFrom);
    const to = Math.min(lastIndex, weekFrom + 6);
    if (businessDaysBetween(calendar, from, to) > 0) periods.push(layout(calendar, from, to));
    weekFrom += 7;
  }
  return periods;
}

/** The periods of a target whose window is the plan's day indices `0 ..= lastIndex`. */
export function periodLayouts(
  calendar: PlanCalendar,
  cadence: Cadence,
  lastIndex: number,
): readonly PeriodLayout[] {
  let byKey = layouts.get(calendar);
  if (!byKey) {
    byKey = new Map();
    layouts.set(calendar, byKey);
  }
  const key = `${cadence}:${lastIndex}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const built =
    cadence === 'daily'
      ? dailyPeriods(calendar, lastIndex)
      : cadence === 'weekly'
        ? weeklyPeriods(calendar, lastIndex)
        : [layout(calendar, 0, lastIndex)];
  byKey.set(key, built);
  return built;
}
