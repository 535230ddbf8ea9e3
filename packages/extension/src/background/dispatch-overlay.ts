/**
 * Runs one overlay request. Every answer carries the fresh OverlayState, so the overlay shows
 * the result of its own action at once; other tabs get it pushed on their ports.
 */
import { LinkedRecord } from '@onpace/core/schemas';
import { match } from 'ts-pattern';
import type { OverlayRequest } from '../messaging/overlay-protocol';
import type { AnyResponse } from '../messaging/protocol';
import { failure, type Outcome, succeed } from '../messaging/result';
import { writePageRecord } from '../storage/page-records';
import { readMyPlanId } from '../storage/settings';
import type { BackgroundEnv } from './env';
import { logManualActivity, undoManualActivity } from './manual-activity';
import { markNotesRead } from './notes';
import { myDisputeDay, openMyDispute } from './overlay-dispute';
import { buildOverlayState } from './overlay-state';

async function withState(env: BackgroundEnv, outcome: Outcome<object>): Promise<AnyResponse> {
  if (!outcome.ok) return outcome;
  return succeed({ state: await buildOverlayState(env) });
}

export function dispatchOverlayRequest(
  env: BackgroundEnv,
  request: OverlayRequest,
  tabId: number | undefined,
): Promise<AnyResponse> {
  return match(request)
    .with({ type: 'overlay/state' }, () => withState(env, succeed({})))
    .with({ type: 'activity/log' }, async ({ metric, amount }) =>
      withState(env, await logManualActivity(env, { metric, amount })),
    )
    .with({ type: 'activity/undo' }, async ({ activityId }) =>
      withState(env, await undoManualActivity(env, activityId)),
    )
    .with({ type: 'options/open' }, async () => {
      await env.openOptionsPage();
      return withState(env, succeed({}));
    })
    .with({ type: 'notes/mark-read' }, async ({ noteIds }) =>
      withState(env, await markNotesRead(env, await readMyPlanId(), noteIds)),
    )
    .with({ type: 'page/record' }, async ({ record }) => {
      if (tabId === undefined) return failure('bad-request', 'page/record comes from a CRM tab only.');
      // A note may link only a record with an https address (core's LinkedRecord); anything
      // else is remembered as "no record" rather than offered and refused later.
      const linkable = record === null ? null : LinkedRecord.safeParse(record);
      await writePageRecord(tabId, linkable?.success ? linkable.data : null);
      return withState(env, succeed({}));
    })
    .with({ type: 'overlay/dispute' }, async (dispute) => withState(env, await openMyDispute(env, dispute)))
    .with({ type: 'overlay/dispute-day' }, async (request) => {
      const listed = await myDisputeDay(env, request);
      if (!listed.ok) return listed;
      return succeed({ state: await buildOverlayState(env), day: listed.day });
    })
    .exhaustive();
}
