/** The demo's calendar, built around the moment it runs (the extension evaluates at its own clock). */
import { addDays, civilDateAt, weekdayOf } from '@onpace/core/calendar';
import { PLAN_ZONE } from './people.js';

export interface DemoDates {
  /** When the story started. */
  readonly now: Date;
  /** Today in the plan's zone. */
  readonly today: string;
  /** The plan's first day: the Monday five weeks before this week's. */
  readonly start: string;
  /** The plan's last day: a 90-day plan. */
  readonly end: string;
}

export function demoDates(now: Date = new Date()): DemoDates {
  const today = civilDateAt(now.getTime(), PLAN_ZONE);
  const start = addDays(today, -(weekdayOf(today) - 1) - 35);
  return { now, today, start, end: addDays(start, 89) };
}
