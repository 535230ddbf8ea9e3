/**
 * Disputes from the overlay's target details, always on "my plan": the same `disputes/open`
 * write and `activity/day` read the popup sends, so the same checks hold. The write is the
 * plan's rep's (author.ts) and the ledger decides whether it stands (a closed plan refuses it).
 */
import type { LedgerWriteAnswer } from '../messaging/ledger-answers';
import type { DisputeDayLine, OverlayRequest } from '../messaging/overlay-protocol';
import { failure, type Outcome, succeed } from '../messaging/result';
import { dayActivityLabel } from '../pages/ledger/dispute-words';
import { foldedPlan } from '../storage/ledger-store';
import { activityOfDay } from './activity-day';
import type { BackgroundEnv } from './env';
import { runLedgerWrite } from './ledger-writes';
import { myPlanIdOrFailure } from './my-plan';

type DisputeRequest = Extract<OverlayRequest, { type: 'overlay/dispute' }>;
type DayRequest = Extract<OverlayRequest, { type: 'overlay/dispute-day' }>;

export async function openMyDispute(
  env: BackgroundEnv,
  dispute: DisputeRequest,
): Promise<Outcome<LedgerWriteAnswer>> {
  const planId = await myPlanIdOrFailure(env);
  if (typeof planId !== 'string') return planId;
  return runLedgerWrite(env, { ...dispute, type: 'disputes/open', planId });
}

/**
 * My plan's counted activities of one metric on one day, each as its `source:id` key and a line
 * in the plan's time zone and currency: the overlay shows the line and sends back the key.
 */
export async function myDisputeDay(
  env: BackgroundEnv,
  { metric, date }: DayRequest,
): Promise<Outcome<{ day: DisputeDayLine[] }>> {
  const planId = await myPlanIdOrFailure(env);
  if (typeof planId !== 'string') return planId;
  const listed = await activityOfDay(env, { planId, date, metric });
  if (!listed.ok) return listed;
  const plan = (await foldedPlan(env.db, planId)).state.plan;
  if (!plan) return failure('not-found', `There is no plan "${planId}".`);
  return succeed({
    day: listed.day.activities.map((activity) => ({
      key: activity.key,
      line: dayActivityLabel(activity, plan.currency, plan.timeZone),
    })),
  });
}
