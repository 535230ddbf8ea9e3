/**
 * Civil (calendar) dates as the dashboard's controls use them: `YYYY-MM-DD` strings, the
 * value format of `<input type="date">`. An empty string means "no date chosen".
 *
 * These are UI helpers only; every pace calculation takes its dates from @onpace/core.
 */

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The civil date of `instant` in the browser's own time zone, as `YYYY-MM-DD`. */
export function localCivilDate(instant: Date): string {
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2025-02-30, 2025-13-01, ''). */
export function isCivilDate(value: string): boolean {
  return toUtcMidnight(value) !== null;
}

/**
 * A civil date written for people in `locale` (the browser's locale when omitted),
 * for example "Tuesday, November 25, 2025" in en-US; null when `value` is not a civil date.
 */
export function formatCivilDate(value: string, locale?: string): string | null {
  const midnight = toUtcMidnight(value);
  if (midnight === null) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(midnight);
}

function toUtcMidnight(value: string): Date | null {
  const match = CIVIL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : null;
}
