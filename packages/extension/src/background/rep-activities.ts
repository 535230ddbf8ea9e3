import type { Plan } from '@onpace/core/schemas';
import type { OnPaceDb } from '../storage/db';

// The rollup cache lives in storage, where the sync's store can reach it without the background.
export { activitiesOfRep, refreshRollups } from '../storage/rollup-cache';

/** The plans a rep has; activities stay stored while at least one remains. */
export async function plansOfRep(db: OnPaceDb, repId: string): Promise<Plan[]> {
  return (await db.plans.toArray()).filter((plan) => plan.rep.id === repId);
}
