/**
 * The overlay's +1 quick log and its undo, on "my plan": the rep's `activity.logged` and
 * `activity.retracted` events (ledger-writes.ts builds them). Undo is offered for the newest
 * log still standing within ten minutes.
 */
import { parseInstant } from '@onpace/core/calendar';
import type { LedgerState } from '@onpace/core/ledger';
import type { LedgerWriteAnswer } from '../messaging/ledger-answers';
import type { Outcome } from '../messaging/result';
import type { BackgroundEnv } from './env';
import { runLedgerWrite } from './ledger-writes';
import { myPlanIdOrFailure } from './my-plan';

/** How long a manual log can be taken back from the overlay's undo. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

export async function logManualActivity(
  env: BackgroundEnv,
  request: { readonly metric: string; readonly amount?: number | undefined },
): Promise<Outcome<LedgerWriteAnswer>> {
  const planId = await myPlanIdOrFailure(env);
  if (typeof planId !== 'string') return planId;
  return runLedgerWrite(env, {
    type: 'activity/add',
    planId,
    metric: request.metric,
    ...(request.amount !== undefined ? { amount: request.amount } : {}),
  });
}

export async function undoManualActivity(
  env: BackgroundEnv,
  activityId: string,
): Promise<Outcome<LedgerWriteAnswer>> {
  const planId = await myPlanIdOrFailure(env);
  if (typeof planId !== 'string') return planId;
  return runLedgerWrite(env, { type: 'activity/retract', planId, activityId });
}

/** The newest manual log still standing and inside the undo window, or null. */
export function undoableLog(
  env: BackgroundEnv,
  state: LedgerState,
): { activityId: string; metric: string; amount?: number } | null {
  const since = env.now().getTime() - UNDO_WINDOW_MS;
  let newest: LedgerState['activities'][number] | undefined;
  let newestMs = since;
  for (const activity of state.activities) {
    const ms = parseInstant(activity.modifiedAt ?? activity.occurredAt);
    if (ms >= newestMs) {
      newest = activity;
      newestMs = ms;
    }
  }
  if (!newest) return null;
  return newest.amount === undefined
    ? { activityId: newest.id, metric: newest.metric }
    : { activityId: newest.id, metric: newest.metric, amount: newest.amount };
}
