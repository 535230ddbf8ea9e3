import type { Activity } from '@onpace/core/schemas';
import { handleRequest } from '../../src/background/handle-request';
import { savePlan } from '../../src/background/plans';
import { type BackgroundRequest, parseResponse, type Response } from '../../src/messaging/protocol';
import { refreshRollups } from '../../src/storage/rollup-cache';
import { createTestEnv, PAGE_SENDER, type TestEnv } from './background-env';
import { samplePlanInput } from './sample-plan';

/** Sends a request as an extension page does, and parses the answer with the protocol's schema. */
export async function send<R extends BackgroundRequest>(
  env: TestEnv,
  request: R,
): Promise<Response<R['type']>> {
  return parseResponse(request.type, await handleRequest(request, PAGE_SENDER, env));
}

/** Sends a request that must succeed. */
export async function sendOk<R extends BackgroundRequest>(env: TestEnv, request: R) {
  const response = await send(env, request);
  if (!response.ok) throw new Error(`${request.type} failed: ${response.error}`);
  return response;
}

/** Sample plan issued by its manager (plan-dana, rep-dana, mgr-sam) at 2026-03-11T15:00Z. */
export async function envWithLedgerPlan(now = '2026-03-11T15:00:00Z'): Promise<TestEnv> {
  const env = createTestEnv(now);
  const saved = await savePlan(env, 'create', samplePlanInput());
  if (!saved.ok) throw new Error(saved.error);
  return env;
}

/** Stores CRM activities of the rep as the sync does: rows and the rollup in one transaction. */
export async function storeCrmActivities(env: TestEnv, activities: readonly Activity[], repId = 'rep-dana') {
  await env.db.transaction('rw', [env.db.plans, env.db.activities, env.db.rollups], async () => {
    await env.db.activities.bulkPut(activities.map((activity) => ({ ...activity, repId })));
    await refreshRollups(env.db, { repIds: [repId] }, env.now().toISOString());
  });
}

/** Moves the clock on by a minute, so each write is dated after the one before. */
export function tick(env: TestEnv, minutes = 1): void {
  env.setNow(new Date(env.now().getTime() + minutes * 60_000).toISOString());
}
