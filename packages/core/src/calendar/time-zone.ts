/**
 * Time-zone arithmetic on top of `Intl`, the only source of zone rules in every runtime we
 * target. Instants become civil dates by converting them, never by adding a fixed offset,
 * so DST changes land where the zone's rules put them.
 */
import { dayNumberFromParts, fromDayNumber, MS_PER_DAY } from './civil-date.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows `timeZone` as an IANA zone name (or an alias such as `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalTime {
  /** Day number (days since 1970-01-01) of the local civil date. */
  readonly dayNumber: number;
  /** Local wall-clock time in minutes since midnight, seconds and milliseconds included as a fraction. */
  readonly minutes: number;
}

/** The wall clock of `timeZone` at the instant `epochMs`. */
export function localTimeAt(epochMs: number, timeZone: string): LocalTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  const millis = ((epochMs % 1000) + 1000) % 1000;
  return {
    dayNumber: dayNumberFromParts(year, month, day),
    minutes: hour * 60 + minute + (second + millis / 1000) / 60,
  };
}

/** Civil date (`YYYY-MM-DD`) of the instant `epochMs` in `timeZone`. */
export function civilDateAt(epochMs: number, timeZone: string): string {
  return fromDayNumber(localTimeAt(epochMs, timeZone).dayNumber);
}

const dayStartCache = new Map<string, number>();

function localDayNumberAt(epochMs: number, timeZone: string): number {
  return localTimeAt(epochMs, timeZone).dayNumber;
}

/**
 * The first instant (epoch ms) whose local date in `timeZone` is `dayNumber`. Usually local
 * midnight; on days that skip midnight (DST at 00:00, as in Santiago or Beirut) the first
 * minute that exists.
 */
export function startOfLocalDay(dayNumber: number, timeZone: string): number {
  const key = `${timeZone}|${dayNumber}`;
  const cached = dayStartCache.get(key);
  if (cached !== undefined) return cached;

  const utcMidnight = dayNumber * MS_PER_DAY;
  const offsetGuess = utcMidnight - localWallMs(utcMidnight, timeZone);
  let guess = utcMidnight + offsetGuess;
  guess = utcMidnight + (guess - localWallMs(guess, timeZone));
  let start: number;
  if (
    localDayNumberAt(guess, timeZone) === dayNumber &&
    localDayNumberAt(guess - 1, timeZone) === dayNumber - 1
  ) {
    start = guess;
  } else {
    start = searchDayStart(dayNumber, timeZone, utcMidnight);
  }
  dayStartCache.set(key, start);
  return start;
}

/** Local wall-clock time at `epochMs`, read as if it were UTC (so the offset is the difference). */
function localWallMs(epochMs: number, timeZone: string): number {
  const local = localTimeAt(epochMs, timeZone);
  return local.dayNumber * MS_PER_DAY + Math.round(local.minutes * 60_000);
}

/** Binary search, minute by minute, for the first instant of a local day; zones sit within UTC−12…UTC+14. */
function searchDayStart(dayNumber: number, timeZone: string, utcMidnight: number): number {
  const minuteMs = 60_000;
  let low = (utcMidnight - 15 * 3_600_000) / minuteMs;
  let high = (utcMidnight + 13 * 3_600_000) / minuteMs;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (localDayNumberAt(mid * minuteMs, timeZone) >= dayNumber) high = mid;
    else low = mid + 1;
  }
  return low * minuteMs;
}
