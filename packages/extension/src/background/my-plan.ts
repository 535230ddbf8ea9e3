/**
 * "My plan": the one plan a CRM page acts on. The overlay never names a plan, so every
 * overlay write resolves it here and is refused, with what to do, when none is chosen.
 */
import { type Failure, failure } from '../messaging/result';
import { readMyPlanId } from '../storage/settings';
import type { BackgroundEnv } from './env';

const NO_PLAN = 'Choose your plan on the OnPace options page first.';

/** My plan's id, or a `not-found` failure when none is chosen or it was deleted. */
export async function myPlanIdOrFailure(env: BackgroundEnv): Promise<string | Failure> {
  const planId = await readMyPlanId();
  if (planId === null || !(await env.db.plans.get(planId))) return failure('not-found', NO_PLAN);
  return planId;
}
