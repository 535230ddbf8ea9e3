/**
 * The rollup cache: per plan, its rep's activities summed per day in the plan's zone. Every
 * screen (overlay, popup, check-in snapshots, the dashboard bridge) evaluates from it, so their
 * cost does not grow with the number of activities. It is rewritten inside the very
 * transaction that changes a rep's activities or a plan (sync commit, manual log and undo,
 * import, plan save), so it never disagrees with the records.
 */
import type { Rollup } from '@onpace/core/rollups';
import type { Plan } from '@onpace/core/schemas';
import type { OnPaceDb } from './db';
import type { StoredActivity } from './records';
import { computeRollupRecord, rollupStart } from './rollup-record';

/** Every stored version of a rep's activities, tombstones included (rollups drop them). */
export function activitiesOfRep(db: OnPaceDb, repId: string): Promise<StoredActivity[]> {
  return db.activities.where('repId').equals(repId).toArray();
}

/**
 * Recomputes the cached rollups of the given plans and of every plan of the given reps. Call it
 * inside the transaction that changed them (tables: plans, activities, rollups), so the cache
 * never disagrees with the records.
 */
export async function refreshRollups(
  db: OnPaceDb,
  changed: { readonly planIds?: Iterable<string>; readonly repIds?: Iterable<string> },
  computedAt: string,
): Promise<void> {
  // Stryker disable next-line ArrayDeclaration: a stray id matches no plan and no rep
  const repIds = new Set(changed.repIds ?? []);
  // Stryker disable next-line ArrayDeclaration: a stray id matches no plan and no rep
  const planIds = new Set(changed.planIds ?? []);
  const plans = await db.plans.toArray();
  const affected = plans.filter((plan) => planIds.has(plan.id) || repIds.has(plan.rep.id));
  const byRep = new Map<string, StoredActivity[]>();
  for (const plan of affected) {
    let activities = byRep.get(plan.rep.id);
    // Stryker disable next-line ConditionalExpression: reading a rep's activities again for their next plan finds the same rows, only slower
    if (!activities) {
      activities = await activitiesOfRep(db, plan.rep.id);
      // Stryker disable next-line CallExpression: as above, the memo only saves a read
      byRep.set(plan.rep.id, activities);
    }
    await db.rollups.put(computeRollupRecord(plan, activities, computedAt));
  }
}

/**
 * The plan's rollup from the cache. A cache that is missing or was rolled up for another zone
 * or window (never expected: every plan change rewrites it) is recomputed from the activities.
 *
 * The cache keeps no per-activity instants, so an evaluation "now" counts today's activities
 * whole; only an activity stamped later today than the clock (a CRM clock ahead of ours)
 * could count early, and it would count minutes later anyway.
 */
export async function cachedRollup(db: OnPaceDb, plan: Plan, at: string): Promise<Rollup> {
  const record = await db.rollups.get(plan.id);
  const rollup = record?.rollup;
  if (
    rollup &&
    rollup.timeZone === plan.timeZone &&
    rollup.from === rollupStart(plan) &&
    rollup.to === plan.end
  ) {
    return rollup;
  }
  return computeRollupRecord(plan, await activitiesOfRep(db, plan.rep.id), at).rollup;
}
