import { baselineRange } from '@onpace/core/diagnosis';
import { rollupActivities } from '@onpace/core/rollups';
import type { Plan } from '@onpace/core/schemas';
import type { RollupRecord, StoredActivity } from './records';

/** The first day a plan's cached rollup covers: its baseline's, so attainability reads it too. */
export function rollupStart(plan: Plan): string {
  return baselineRange(plan).from;
}

/**
 * A plan's cached rollup, from the start of its baseline range to its end. No `asOf`: the cache is exact at the end of any day, which is how the
 * dashboard reads it. No day detail: it is stored as JSON, where the detail could not survive.
 */
export function computeRollupRecord(
  plan: Plan,
  activities: readonly StoredActivity[],
  computedAt: string,
): RollupRecord {
  const rollup = rollupActivities(plan, activities, { keepDetail: false, from: rollupStart(plan) });
  const activityCount = activities.filter((activity) => activity.deleted !== true).length;
  return { planId: plan.id, rollup, activityCount, computedAt };
}
