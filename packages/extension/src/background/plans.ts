/**
 * Plans: list, save (each save of the form issues a revision in the plan's ledger), delete, and
 * which one is "my plan". The `plans` table is the ledger's projection (plan-projection.ts).
 */
import { type Plan, safeParsePlan } from '@onpace/core/schemas';
import { failure, invalid, type Outcome, succeed } from '../messaging/result';
import { foldedPlan, forgetFolds } from '../storage/ledger-store';
import { readMyPlanId, writeMyPlanId } from '../storage/settings';
import { managerIdOf } from './author';
import { type BackgroundEnv, nowIso } from './env';
import { appendToLedger } from './ledger-append';
import { projectPlan } from './plan-projection';
import { plansOfRep } from './rep-activities';
import { sameRecord } from './same-record';

export async function listPlans(env: BackgroundEnv): Promise<Plan[]> {
  const plans = await env.db.plans.toArray();
  return plans.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** What the manager edits: not the bookkeeping, nor the status the lifecycle events decide. */
function content(plan: Plan): Omit<Plan, 'revision' | 'createdAt' | 'updatedAt' | 'status'> {
  const { revision: _r, createdAt: _c, updatedAt: _u, status: _s, ...rest } = plan;
  return rest;
}

/**
 * Creates or edits a plan by appending `plan.issued`: a new plan is a draft until the manager
 * activates it; an edit is the next revision, which the rep is asked to acknowledge again.
 * Saving unchanged content appends nothing.
 */
export async function savePlan(
  env: BackgroundEnv,
  mode: 'create' | 'update',
  input: unknown,
): Promise<Outcome<{ plan: Plan; changed: boolean }>> {
  const parsed = safeParsePlan(input);
  if (!parsed.success) return invalid('plan', parsed.error.problems);
  const planId = parsed.data.id;
  const current = projectPlan((await foldedPlan(env.db, planId)).state);
  if (mode === 'update' && current && sameRecord(content(current), content(parsed.data))) {
    return succeed({ plan: current, changed: false });
  }
  const at = nowIso(env);
  const appended = await appendToLedger(env, planId, (state) => {
    const existing = projectPlan(state);
    if (mode === 'create' && existing) {
      return failure('conflict', `A plan with the id "${planId}" already exists.`, [
        { path: 'id', message: `is already used by the plan "${existing.title}"` },
      ]);
    }
    if (mode === 'update' && !existing)
      return failure('not-found', `There is no plan "${planId}" to update.`);
    const plan: Plan = {
      ...parsed.data,
      revision: state.revision + 1,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    return {
      plan: planId,
      author: { id: state.managerId ?? managerIdOf(parsed.data), role: 'manager' },
      at,
      type: 'plan.issued',
      body: { plan },
    };
  });
  if (!appended.ok) return appended;
  const plan = projectPlan(appended.state);
  if (!plan) return failure('internal', `The plan "${planId}" has no revision after saving.`);
  await chooseFirstPlanAsMine(plan.id);
  return succeed({ plan, changed: true });
}

/** "The first plan imported or created is chosen by default" (issue 4). */
export async function chooseFirstPlanAsMine(planId: string): Promise<void> {
  if ((await readMyPlanId()) === null) await writeMyPlanId(planId);
}

/**
 * Deletes a plan from this browser with its whole ledger, private notes, read marks, rollup and
 * sync state (the other side's copy keeps its own). The rep's activities stay while another plan
 * of the same rep needs them; with the rep's last plan they go too, so deleting a plan leaves
 * nothing of that person behind.
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
    db.events,
    db.noteReads,
  ];
  const outcome = await db.transaction('rw', tables, async () => {
    const plan = await db.plans.get(planId);
    if (!plan) return failure('not-found', `There is no plan "${planId}".`);
    forgetFolds(db, [planId]);
    await db.plans.delete(planId);
    await db.events.where('planId').equals(planId).delete();
    await db.noteReads.where('planId').equals(planId).delete();
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
  forgetFolds(db, [planId]);
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
