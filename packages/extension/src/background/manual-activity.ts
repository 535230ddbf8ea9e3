/** What the rep logs by hand (`source: 'manual'`): a +1, or an amount for money metrics, and undo. */
import { parseInstant } from '@onpace/core/calendar';
import { Activity, isSumMetric, metricName, type Plan } from '@onpace/core/schemas';
import Dexie from 'dexie';
import { failure, invalid, type Outcome, succeed } from '../messaging/result';
import type { StoredActivity } from '../storage/records';
import { type BackgroundEnv, nowIso } from './env';
import { myPlan } from './plans';
import { refreshRollups } from './rep-activities';

/** How long a manual log can be taken back from the overlay's undo. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

export async function logManualActivity(
  env: BackgroundEnv,
  request: { readonly metric: string; readonly amount?: number | undefined },
): Promise<Outcome<{ activity: StoredActivity }>> {
  const plan = await myPlan(env);
  if (!plan) return failure('not-found', 'Choose your plan on the OnPace options page first.');
  if (!plan.targets.some((target) => target.metric === request.metric)) {
    return invalid('log', [{ path: 'metric', message: `is not measured by the plan "${plan.title}"` }]);
  }
  const sum = isSumMetric(request.metric);
  if (sum && request.amount === undefined) {
    return invalid('log', [{ path: 'amount', message: `is required to log ${metricName(request.metric)}` }]);
  }
  const at = nowIso(env);
  // A count metric adds 1 per activity whatever its amount, so only sum metrics keep one.
  const parsed = Activity.safeParse({
    source: 'manual',
    id: `manual-${env.newId()}`,
    metric: request.metric,
    occurredAt: at,
    modifiedAt: at,
    ...(sum ? { amount: request.amount } : {}),
  });
  if (!parsed.success) return failure('internal', `Could not log: ${parsed.error.message}`);
  const activity: StoredActivity = { ...parsed.data, repId: plan.rep.id };
  await env.db.transaction('rw', [env.db.plans, env.db.activities, env.db.rollups], async () => {
    await env.db.activities.put(activity);
    await refreshRollups(env.db, { repIds: [plan.rep.id] }, at);
  });
  env.changed();
  return succeed({ activity });
}

/**
 * Takes back a manual log. The row becomes a tombstone (`deleted: true`) rather than vanishing,
 * so a copy already exported to the manager drops it too on the next import.
 */
export async function undoManualActivity(
  env: BackgroundEnv,
  activityId: string,
): Promise<Outcome<{ undone: true }>> {
  const at = nowIso(env);
  const { db } = env;
  const done = await db.transaction('rw', [db.plans, db.activities, db.rollups], async () => {
    const rows = await db.activities
      .where('[source+id+metric]')
      .between(['manual', activityId, Dexie.minKey], ['manual', activityId, Dexie.maxKey])
      .toArray();
    const live = rows.filter((row) => row.deleted !== true);
    if (live.length === 0) return false;
    for (const row of live) await db.activities.put({ ...row, deleted: true, modifiedAt: at });
    await refreshRollups(db, { repIds: live.map((row) => row.repId) }, at);
    return true;
  });
  if (!done) return failure('not-found', 'There is no manual log to undo with that id.');
  env.changed();
  return succeed({ undone: true as const });
}

/**
 * The rep's manual logs, read through the activity key's index: never the CRM's thousands.
 * Every key ['manual', id, metric] sorts after ['manual'] and before ['manual\u0000'].
 */
function manualActivitiesOf(env: BackgroundEnv, repId: string): Promise<StoredActivity[]> {
  return env.db.activities
    .where('[source+id+metric]')
    .between(['manual'], ['manual\u0000'])
    .filter((row) => row.repId === repId)
    .toArray();
}

/** The newest manual log of the plan's rep still inside the undo window, or null. */
export async function undoableLog(
  env: BackgroundEnv,
  plan: Plan,
): Promise<{ activityId: string; metric: string; amount?: number } | null> {
  const rows = await manualActivitiesOf(env, plan.rep.id);
  const since = env.now().getTime() - UNDO_WINDOW_MS;
  let newest: StoredActivity | undefined;
  let newestMs = since;
  for (const row of rows) {
    if (row.deleted === true) continue;
    const ms = parseInstant(row.modifiedAt ?? row.occurredAt);
    if (ms >= newestMs) {
      newest = row;
      newestMs = ms;
    }
  }
  if (!newest) return null;
  return newest.amount === undefined
    ? { activityId: newest.id, metric: newest.metric }
    : { activityId: newest.id, metric: newest.metric, amount: newest.amount };
}
