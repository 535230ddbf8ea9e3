import type { Acknowledgment } from '@onpace/core/schemas';
import { failure, type Outcome, succeed } from '../messaging/result';
import { type BackgroundEnv, nowIso } from './env';

/**
 * The rep acknowledges receiving the plan's current revision: a dated fact that travels back to
 * the manager in the rep's export. Acknowledging twice keeps the first date.
 */
export async function acknowledgePlan(
  env: BackgroundEnv,
  planId: string,
): Promise<Outcome<{ acknowledgment: Acknowledgment }>> {
  const { db } = env;
  const plan = await db.plans.get(planId);
  if (!plan) return failure('not-found', `There is no plan "${planId}".`);
  const key: [string, number, string] = [plan.id, plan.revision, plan.rep.id];
  const acknowledgment = await db.transaction('rw', db.acknowledgments, async () => {
    const existing = await db.acknowledgments.get(key);
    if (existing) return existing;
    const created: Acknowledgment = {
      planId: plan.id,
      planRevision: plan.revision,
      personId: plan.rep.id,
      at: nowIso(env),
    };
    await db.acknowledgments.put(created);
    return created;
  });
  env.changed();
  return succeed({ acknowledgment });
}
