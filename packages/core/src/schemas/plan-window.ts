/**
 * How long a plan may run. Improvement plans run weeks to a quarter; two years (731 days, one of
 * them possibly a leap day) is a generous ceiling. Without one, a plan from 0001-01-01 to
 * 9999-12-31 takes seconds to check and most of a minute to roll up, in both apps.
 */
export const MAX_PLAN_WINDOW_DAYS = 731;

/** Why `start..end` (as day numbers, end on or after start) is too long, or null. */
export function planWindowTooLong(start: string, startDay: number, endDay: number): string | null {
  const days = endDay - startDay + 1;
  if (days <= MAX_PLAN_WINDOW_DAYS) return null;
  return `makes a window of ${days} days from ${start}; a plan runs at most ${MAX_PLAN_WINDOW_DAYS} days`;
}
