/** Placing a civil date that has no time of day (a close date, an all-day event) on the timeline. */
import { type CivilDate, toDayNumber } from '../calendar/civil-date.js';
import { startOfLocalDay } from '../calendar/time-zone.js';
import type { CivilDateAttribution } from './definitions.js';

const TWELVE_HOURS_MS = 12 * 3_600_000;

/**
 * Epoch ms at which `date` counts in `timeZone`: 12 hours after the local day starts (`noon`; see
 * `CivilDateAttribution` for why), or the day's first instant. The close date is read in the
 * plan's zone, not the CRM user's: the rollup buckets by the plan's zone, so any other choice
 * could file a deal under the wrong day.
 */
export function instantOfCivilDate(date: CivilDate, timeZone: string, at: CivilDateAttribution): number {
  const start = startOfLocalDay(toDayNumber(date), timeZone);
  return at === 'noon' ? start + TWELVE_HOURS_MS : start;
}
