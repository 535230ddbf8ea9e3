/**
 * A rep's own recent past, for a diagnosis with no team to compare with: the last 30 days of the
 * baseline range against the 60 days before them. Both halves are ordinary baselines on the
 * plan's calendar, so every figure (per week, rates, deal size) means what it means elsewhere.
 */
import { addDays, type CivilDate } from '../calendar/civil-date.js';
import type { Rollup } from '../rollups/rollup.js';
import type { Activity } from '../schemas/activity.js';
import {
  type BaselineOptions,
  type BaselineScope,
  computeBaseline,
  DEFAULT_BASELINE_DAYS,
  firstRecordedDate,
} from './baseline.js';
import type { Baseline } from './baseline-schema.js';

export const OWN_RECENT_DAYS = 30;
export const OWN_EARLIER_DAYS = DEFAULT_BASELINE_DAYS - OWN_RECENT_DAYS;

export interface OwnHistory {
  /** The last 30 days before the plan (or before `to`). */
  readonly recent: Baseline;
  /** The 60 days before those. */
  readonly earlier: Baseline;
}

/**
 * The rep's last 30 days and the 60 before them, ending on `options.to` (default the day before
 * the plan's start). `observedFrom` and `excludeDates` apply to both halves.
 */
export function computeOwnHistory(
  scope: BaselineScope,
  activitiesOrRollup: readonly Activity[] | Rollup,
  options: Omit<BaselineOptions, 'from' | 'days'> = {},
): OwnHistory {
  const to: CivilDate = options.to ?? addDays(scope.start, -1);
  const recentFrom = addDays(to, -(OWN_RECENT_DAYS - 1));
  // Both halves start their samples at the same first record, never each at its own.
  const first = options.observedFrom ?? firstRecordedDate(scope, activitiesOrRollup);
  const shared = { ...options, ...(first === null ? {} : { observedFrom: first }) };
  return {
    recent: computeBaseline(scope, activitiesOrRollup, { ...shared, from: recentFrom, to }),
    earlier: computeBaseline(scope, activitiesOrRollup, {
      ...shared,
      from: addDays(recentFrom, -OWN_EARLIER_DAYS),
      to: addDays(recentFrom, -1),
    }),
  };
}
