/**
 * One day's counted activities of a plan, for the rep to pick what should not count in a
 * dispute: the rep's stored activities of that local day plus their manual logs, as the ledger
 * counts them (accepted disputes applied), each named by its `source:id` key.
 */

import { parseInstant, startOfLocalDay, toDayNumber } from '@onpace/core/calendar';
import { activityRef, applyLedger } from '@onpace/core/ledger';
import { latestVersions } from '@onpace/core/rollups';
import { CivilDate } from '@onpace/core/schemas';
import type { ActivityDay } from '../messaging/ledger-views';
import { failure, invalid, type Outcome, succeed } from '../messaging/result';
import { foldedPlan } from '../storage/ledger-store';
import type { BackgroundEnv } from './env';

export async function activityOfDay(
  env: BackgroundEnv,
  request: { planId: string; date: string; metric?: string | undefined },
): Promise<Outcome<{ day: ActivityDay }>> {
  if (!CivilDate.safeParse(request.date).success) {
    return invalid('day', [{ path: 'date', message: 'must be a date as YYYY-MM-DD' }]);
  }
  const { state } = await foldedPlan(env.db, request.planId);
  const plan = state.plan;
  if (!plan) return failure('not-found', `There is no plan "${request.planId}".`);
  const day = toDayNumber(request.date);
  const from = startOfLocalDay(day, plan.timeZone);
  const to = startOfLocalDay(day + 1, plan.timeZone);
  const inDay = (occurredAt: string) => {
    const ms = parseInstant(occurredAt);
    return ms >= from && ms < to;
  };
  const rows = await env.db.activities
    .where('repId')
    .equals(plan.rep.id)
    .filter((row) => inDay(row.occurredAt))
    .toArray();
  const stored = rows.map(({ repId: _repId, ...activity }) => activity);
  const counted = applyLedger(latestVersions(stored), state).filter((activity) => {
    return (
      inDay(activity.occurredAt) &&
      activity.deleted !== true &&
      activity.source !== 'dispute' &&
      (request.metric === undefined || activity.metric === request.metric)
    );
  });
  counted.sort((a, b) => parseInstant(a.occurredAt) - parseInstant(b.occurredAt) || a.id.localeCompare(b.id));
  return succeed({
    day: {
      planId: plan.id,
      date: request.date,
      activities: counted.map((activity) => ({
        key: activityRef(activity),
        source: activity.source,
        id: activity.id,
        metric: activity.metric,
        occurredAt: activity.occurredAt,
        amount: activity.amount ?? null,
        recordUrl: activity.recordUrl ?? null,
      })),
    },
  });
}
