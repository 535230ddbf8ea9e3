/** Calendar facts the popup shows: "business day k of N" and the next check-in date. */
import {
  addDays,
  businessDates,
  type CivilDate,
  planCalendar,
  toDayNumber,
  weekdayOf,
} from '@onpace/core/calendar';
import type { CheckIn, Plan } from '@onpace/core/schemas';

export interface PlanDay {
  /** Business days of the plan on or before the date (0 before the plan starts). */
  readonly day: number;
  readonly total: number;
}

/** Today's place in the plan: on a weekend, the last business day so far. */
export function businessDayOf(plan: Plan, date: CivilDate): PlanDay {
  const dates = businessDates(planCalendar(plan));
  const day = dates.filter((businessDate) => businessDate <= date).length;
  return { day, total: dates.length };
}

/**
 * The next check-in from `plan.checkInCadence`: every `everyWeeks` weeks on `weekday`, from the
 * first such day in the plan. A slot counts as held when a check-in is dated in the cadence
 * period ending on it (a check-in held a day early still counts). Null without a cadence or
 * when no slot is left in the plan.
 */
export function nextCheckIn(plan: Plan, today: CivilDate, checkIns: readonly CheckIn[]): CivilDate | null {
  const cadence = plan.checkInCadence;
  if (!cadence) return null;
  const offset = (cadence.weekday - weekdayOf(plan.start) + 7) % 7;
  const periodDays = 7 * cadence.everyWeeks;
  const held = checkIns
    .filter((checkIn) => checkIn.deleted !== true)
    .map((checkIn) => toDayNumber(checkIn.date));
  for (let slot = addDays(plan.start, offset); slot <= plan.end; slot = addDays(slot, periodDays)) {
    if (slot < today) continue;
    const slotDay = toDayNumber(slot);
    if (held.some((day) => day > slotDay - periodDays && day <= slotDay)) continue;
    return slot;
  }
  return null;
}
