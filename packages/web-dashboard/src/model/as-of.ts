/**
 * The dashboard's "as of" is a civil date; each plan is evaluated at the end of that day in the
 * plan's own time zone (the last millisecond before the next local day starts), so a rep in
 * London and one in Los Angeles are both judged on their whole day.
 */
import { startOfLocalDay, toDayNumber } from '@onpace/core/calendar';

/** The ISO instant of the last millisecond of `date` in `timeZone`. */
export function endOfDayInstant(date: string, timeZone: string): string {
  const nextDayStart = startOfLocalDay(toDayNumber(date) + 1, timeZone);
  return new Date(nextDayStart - 1).toISOString();
}

/** Epoch ms of the end of `date` in `timeZone`, for comparing record instants with the as-of. */
export function endOfDayMs(date: string, timeZone: string): number {
  return startOfLocalDay(toDayNumber(date) + 1, timeZone) - 1;
}
