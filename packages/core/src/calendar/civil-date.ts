/**
 * Civil dates (`YYYY-MM-DD`, a day on a wall calendar) as plain strings at the edges and
 * as day numbers (days since 1970-01-01) inside, so date arithmetic never touches a clock,
 * a `Date` or a time zone.
 */

export type CivilDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MS_PER_DAY = 86_400_000;

const CIVIL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Inverse of {@link dayNumberFromParts} (Hinnant's civil_from_days). */
export function partsFromDayNumber(dayNumber: number): DateParts {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return (
    dayNumberFromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayNumberFromParts(year, month, 1)
  );
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isCivilDate(value: string): boolean {
  const match = CIVIL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day number of a civil date; throws on anything that is not a real `YYYY-MM-DD` date. */
export function toDayNumber(date: CivilDate): number {
  if (!isCivilDate(date)) throw new RangeError(`"${date}" is not a civil date (YYYY-MM-DD)`);
  return dayNumberFromParts(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday of a day number; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): IsoWeekday {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function weekdayOf(date: CivilDate): IsoWeekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** Day number of the first day of the week holding `dayNumber`, weeks starting on `weekStartsOn`. */
export function weekStartDayNumber(dayNumber: number, weekStartsOn: IsoWeekday): number {
  const offset = (weekdayOfDayNumber(dayNumber) - weekStartsOn + 7) % 7;
  return dayNumber - offset;
}
