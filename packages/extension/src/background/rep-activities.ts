import type { Plan } from '@onpace/core/schemas';
import type { OnPaceDb } from '../storage/db';
import type { StoredActivity } from '../storage/records';
import { computeRollupRecord } from '../storage/rollup-record';

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
  const repIds = new Set(changed.repIds ?? []);
  const planIds = new Set(changed.planIds ?? []);
  const plans = await db.plans.toArray();
  const affected = plans.filter((plan) => planIds.has(plan.id) || repIds.has(plan.rep.id));
  const byRep = new Map<string, StoredActivity[]>();
  for (const plan of affected) {
    let activities = byRep.get(plan.rep.id);
    if (!activities) {
      activities = await activitiesOfRep(db, plan.rep.id);
      byRep.set(plan.rep.id, activities);
    }
    await db.rollups.put(computeRollupRecord(plan, activities, computedAt));
  }
}

/** The plans a rep has; activities stay stored while at least one remains. */
export async function plansOfRep(db: OnPaceDb, repId: string): Promise<Plan[]> {
  return (await db.plans.toArray()).filter((plan) => plan.rep.id === repId);
}
