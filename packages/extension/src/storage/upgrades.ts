/**
 * Named upgrade functions of the background database, one per schema version that needs one.
 * Each runs inside Dexie's upgrade transaction: if it throws, the upgrade is rolled back and the
 * database stays at its old version with every record intact.
 */

import type { Plan } from '@onpace/core/schemas';
import type { Transaction } from 'dexie';
import type { StoredActivity } from './records';
import { computeRollupRecord } from './rollup-record';

/**
 * Version 2 adds the `rollups` cache. A cache that is missing would make the dashboard bridge
 * send plans without figures until the next change, so every stored plan gets its rollup now.
 */
export async function buildRollupCaches(transaction: Transaction): Promise<void> {
  const plans: Plan[] = await transaction.table('plans').toArray();
  const activities = transaction.table<StoredActivity>('activities');
  const computedAt = new Date().toISOString();
  for (const plan of plans) {
    const own = await activities.where('repId').equals(plan.rep.id).toArray();
    await transaction.table('rollups').put(computeRollupRecord(plan, own, computedAt));
  }
}
