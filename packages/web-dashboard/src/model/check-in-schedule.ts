/**
 * When check-ins were due, and which were held. docs/pace.md says nothing about check-ins, so the
 * rule lives here, in one place: a plan with `checkInCadence {everyWeeks, weekday}` schedules
 * one on the first such weekday on or after its start, then every `everyWeeks` weeks; a date
 * that is not a business day moves to the next business day. A scheduled check-in counts as
 * held when a check-in is dated within HELD_WITHIN_DAYS of it (each check-in counts once).
 */
import { businessDates, fromDayNumber, planCalendar, toDayNumber, weekdayOf } from '@onpace/core/calendar';
import type { CheckIn, Plan } from '@onpace/core/schemas';

export const HELD_WITHIN_DAYS = 3;

export function scheduledCheckIns(plan: Plan): string[] {
  const cadence = plan.checkInCadence;
  if (!cadence) return [];
  const business = businessDates(planCalendar(plan));
  const isBusiness = new Set(business);
  const endDay = toDayNumber(plan.end);
  let day = toDayNumber(plan.start);
  while (weekdayOf(fromDayNumber(day)) !== cadence.weekday) day++;
  const dates: string[] = [];
  for (; day <= endDay; day += 7 * cadence.everyWeeks) {
    let moved = day;
    while (moved <= endDay && !isBusiness.has(fromDayNumber(moved))) moved++;
    const date = fromDayNumber(moved);
    if (moved <= endDay && dates.at(-1) !== date) dates.push(date);
  }
  return dates;
}

export interface ScheduledCheckIn {
  readonly date: string;
  /** The check-in that honoured it, or null. */
  readonly heldBy: CheckIn | null;
}

/** Matches scheduled dates with check-ins (nearest first); deleted check-ins do not count. */
export function matchCheckIns(plan: Plan, checkIns: readonly CheckIn[]): ScheduledCheckIn[] {
  const unused = checkIns.filter((checkIn) => checkIn.deleted !== true);
  return scheduledCheckIns(plan).map((date) => {
    const day = toDayNumber(date);
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    unused.forEach((checkIn, index) => {
      const distance = Math.abs(toDayNumber(checkIn.date) - day);
      if (distance <= HELD_WITHIN_DAYS && distance < bestDistance) {
        best = index;
        bestDistance = distance;
      }
    });
    const heldBy = best >= 0 ? (unused.splice(best, 1)[0] ?? null) : null;
    return { date, heldBy };
  });
}

/** The next scheduled check-in on or after `asOfDate` that was not already held by then. */
export function nextCheckIn(plan: Plan, checkIns: readonly CheckIn[], asOfDate: string): string | null {
  const known = checkIns.filter((checkIn) => checkIn.date <= asOfDate);
  for (const slot of matchCheckIns(plan, known)) {
    if (slot.date >= asOfDate && slot.heldBy === null) return slot.date;
  }
  return null;
}
