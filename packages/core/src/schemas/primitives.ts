/** Zod schemas of the small values every record is made of: dates, instants, zones, ids. */
import { z } from 'zod';
import { isCivilDate } from '../calendar/civil-date.js';
import { isInstant } from '../calendar/instant.js';
import { isValidTimeZone } from '../calendar/time-zone.js';
import { isClockTime } from '../calendar/working-hours.js';

export const CivilDate = z
  .string()
  .refine(isCivilDate, { message: 'must be a calendar date written YYYY-MM-DD' });

export const Instant = z.string().refine(isInstant, {
  message: 'must be an ISO-8601 timestamp with Z or an offset, such as 2026-11-18T18:00:00Z',
});

export const TimeZone = z
  .string()
  .refine(isValidTimeZone, { message: 'must be an IANA time zone such as America/New_York' });

export const ClockTime = z
  .string()
  .refine(isClockTime, { message: 'must be a wall-clock time written HH:MM' });

export const IsoWeekday = z
  .number()
  .int({ message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' })
  .min(1, { message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' })
  .max(7, { message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' });

export const RecordId = z.string().trim().min(1, { message: 'must not be empty' }).max(200);

export const Email = z.email({ message: 'must be an email address' });

export type CivilDate = z.infer<typeof CivilDate>;
export type Instant = z.infer<typeof Instant>;
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
