/** Working hours `HH:MM`..`HH:MM` and the share of a day's business time elapsed at a wall-clock time. */

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function isClockTime(value: string): boolean {
  return CLOCK_PATTERN.test(value);
}

/** Minutes since midnight of an `HH:MM` wall-clock time. */
export function clockMinutes(value: string): number {
  if (!isClockTime(value)) throw new RangeError(`"${value}" is not a clock time (HH:MM)`);
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

/** `f(h)` of docs/pace.md: the elapsed share of the working day at local time `minutes`, clamped to 0..1. */
export function workdayFraction(minutes: number, startMinutes: number, endMinutes: number): number {
  const share = (minutes - startMinutes) / (endMinutes - startMinutes);
  if (share <= 0) return 0;
  if (share >= 1) return 1;
  return share;
}
