/** Plans: list, save (create or edit), delete, and which one is "my plan". */
import { type Plan, safeParsePlan } from '@onpace/core/schemas';
import { failure, invalid, type Outcome, succeed } from '../messaging/result';
import { readMyPlanId, writeMyPlanId } from '../storage/settings';
import { type BackgroundEnv, nowIso } from './env';
import { plansOfRep, refreshRollups } from './rep-activities';
import { sameRecord } from './same-record';

export async function listPlans(env: BackgroundEnv): Promise<Plan[]> {
  const plans = await env.db.plans.toArray();
  return plans.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** The fields that change on every save without being an edit. */
function withoutBookkeeping(plan: Plan): Omit<Plan, 'revision' | 'createdAt' | 'updatedAt'> {
  const { revision: _revision, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = plan;
  return content;
}

/**
 * Creates or edits a plan. An edit that changes anything raises `revision` by one, so the rep's
 * copy can tell the newer version on import; saving unchanged content keeps it as it was.
 */
export async function savePlan(
  env: BackgroundEnv,
  mode: 'create' | 'update',
  input: unknown,
): Promise<Outcome<{ plan: Plan; changed: boolean }>> {
  const parsed = safeParsePlan(input);
  if (!parsed.success) return invalid('plan', parsed.error.problems);
  const at = nowIso(env);
  const outcome = await env.db.transaction(
    'rw',
    [env.db.plans, env.db.activities, env.db.rollups],
    async () => {
      const existing = await env.db.plans.get(parsed.data.id);
      if (mode === 'create' && existing) {
        return failure('conflict', `A plan with the id "${parsed.data.id}" already exists.`, [
          { path: 'id', message: `is already used by the plan "${existing.title}"` },
        ]);
      }
      if (mode === 'update' && !existing) {
        return failure('not-found', `There is no plan "${parsed.data.id}" to update.`);
      }
      if (existing && sameRecord(withoutBookkeeping(existing), withoutBookkeeping(parsed.data))) {
        return succeed({ plan: existing, changed: false });
      }
      const plan: Plan = existing
        ? {
            ...parsed.data,
            revision: existing.revision + 1,
            createdAt: existing.createdAt ?? at,
            updatedAt: at,
          }
        : { ...parsed.data, revision: 1, createdAt: at, updatedAt: at };
      await env.db.plans.put(plan);
      await refreshRollups(env.db, { planIds: [plan.id] }, at);
      return succeed({ plan, changed: true });
    },
  );
  if (outcome.ok) {
    await chooseFirstPlanAsMine(outcome.plan.id);
    env.changed();
  }
  return outcome;
}

/** "The first plan imported or created is chosen by default" (issue 4). */
export async function chooseFirstPlanAsMine(planId: string): Promise<void> {
  if ((await readMyPlanId()) === null) await writeMyPlanId(planId);
}

/**
 * Deletes a plan with its notes, check-ins, acknowledgments, rollup and sync state. The rep's
 * activities stay while another plan of the same rep needs them; with the rep's last plan they
 * go too, so deleting a plan leaves nothing of that person behind.
 */
export async function deletePlan(env: BackgroundEnv, planId: string): Promise<Outcome<{ deleted: true }>> {
  const { db } = env;
  const tables = [
    db.plans,
    db.activities,
    db.notes,
    db.checkIns,
    db.acknowledgments,
    db.rollups,
    db.syncState,
  ];
  const outcome = await db.transaction('rw', tables, async () => {
    const plan = await db.plans.get(planId);
    if (!plan) return failure('not-found', `There is no plan "${planId}".`);
    await db.plans.delete(planId);
    await db.notes.where('planId').equals(planId).delete();
    await db.checkIns.where('planId').equals(planId).delete();
    await db.acknowledgments.where('planId').equals(planId).delete();
    await db.rollups.delete(planId);
    await db.syncState.where('planId').equals(planId).delete();
    if ((await plansOfRep(db, plan.rep.id)).length === 0) {
      await db.activities.where('repId').equals(plan.rep.id).delete();
    }
    return succeed({ deleted: true as const });
  });
  if (outcome.ok) {
    if ((await readMyPlanId()) === planId) {
      const [next] = await listPlans(env);
      await writeMyPlanId(next?.id ?? null);
    }
    env.changed();
  }
  return outcome;
}

export async function setMyPlan(
  env: BackgroundEnv,
  planId: string | null,
): Promise<Outcome<{ myPlanId: string | null }>> {
  if (planId !== null && !(await env.db.plans.get(planId))) {
    return failure('not-found', `There is no plan "${planId}".`);
  }
  await writeMyPlanId(planId);
  env.changed();
  return succeed({ myPlanId: planId });
}

/** "My plan", when it is set and still stored. */
export async function myPlan(env: BackgroundEnv): Promise<Plan | undefined> {
  const id = await readMyPlanId();
  return id === null ? undefined : env.db.plans.get(id);
}
