/**
 * When check-ins are due and which were held: one rule for the popup and the dashboard.
 *
 * A plan with `checkInCadence { everyWeeks, weekday }` schedules its first check-in on the
 * first such weekday on or after its start, then one every `everyWeeks` weeks. A slot that
 * falls on a day that is not a business day of the plan (a weekend workday set, a holiday, a
 * PTO day) moves to the next business day: nobody holds a check-in on a day off, and a slot
 * silently skipped would leave a two-week gap in the rep's support. A slot moved past the
 * plan's end is dropped, and two slots that land on one day count once.
 *
 * A slot counts as held by a check-in dated within `HELD_WITHIN_DAYS` of it (a day early or
 * late is still that week's check-in); each check-in holds one slot, the nearest. Deleted
 * check-ins hold none.
 */
import { type CivilDate, fromDayNumber, toDayNumber, weekdayOfDayNumber } from '../calendar/civil-date.js';
import { planCalendar } from '../calendar/plan-calendar.js';
import type { CheckIn } from '../schemas/check-in.js';
import type { Plan } from '../schemas/plan.js';

export const HELD_WITHIN_DAYS = 3;

/** The scheduled check-in dates of a plan, in order (empty without a cadence). */
export function scheduledCheckIns(plan: Plan): CivilDate[] {
  const cadence = plan.checkInCadence;
  if (!cadence) return [];
  const calendar = planCalendar(plan);
  const lastIndex = calendar.dayCount - 1;
  let index = 0;
  while (index <= lastIndex && weekdayOfDayNumber(calendar.startDay + index) !== cadence.weekday) index++;
  const dates: CivilDate[] = [];
  for (; index <= lastIndex; index += 7 * cadence.everyWeeks) {
    let moved = index;
    while (moved <= lastIndex && calendar.isBusiness[moved] !== 1) moved++;
    if (moved > lastIndex) break;
    const date = fromDayNumber(calendar.startDay + moved);
    if (dates.at(-1) !== date) dates.push(date);
  }
  return dates;
}

/** What the schedule reads of a check-in: a row (`CheckIn`) or a ledger check-in alike. */
export interface DatedCheckIn {
  readonly date: CivilDate;
  readonly deleted?: boolean | undefined;
}

export interface ScheduledCheckIn<Held extends DatedCheckIn = CheckIn> {
  readonly date: CivilDate;
  /** The check-in that held it, or null. */
  readonly heldBy: Held | null;
}

/** Each scheduled date with the check-in that held it (nearest first, each check-in once). */
export function matchCheckIns<Held extends DatedCheckIn = CheckIn>(
  plan: Plan,
  checkIns: readonly Held[],
): ScheduledCheckIn<Held>[] {
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

/**
 * The next check-in on or after `date` (the civil date in the plan's zone) not already held by
 * then, or null when there is no cadence or no slot left. Check-ins dated after `date` are not
 * known yet: as of an earlier day the dashboard shows what was due then.
 */
export function nextCheckIn(
  plan: Plan,
  checkIns: readonly DatedCheckIn[],
  date: CivilDate,
): CivilDate | null {
  const known = checkIns.filter((checkIn) => checkIn.date <= date);
  for (const slot of matchCheckIns(plan, known)) {
    if (slot.date >= date && slot.heldBy === null) return slot.date;
  }
  return null;
}
