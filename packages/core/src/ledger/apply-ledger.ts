/**
 * `applyLedger(activities, state)`: the activities the engine counts, so that
 * `evaluatePlan(state.plan, applyLedger(crmActivities, state), asOf)` is the one figure
 * everybody sees: the rep's standing manual logs, and the accepted disputes.
 */
import { toDayNumber } from '../calendar/civil-date.js';
import { formatInstant } from '../calendar/instant.js';
import { localTimeAt, startOfLocalDay } from '../calendar/time-zone.js';
import type { Activity } from '../schemas/activity.js';
import { isSumMetric } from '../schemas/metric.js';
import type { LedgerDispute, LedgerState } from './state.js';

const NOON_MINUTES = 12 * 60;
const MS_PER_MINUTE = 60_000;

/**
 * 12:00 on `date` in `timeZone`. Starting from the local midnight plus twelve hours and then
 * correcting by what the wall clock reads keeps it at noon on a day a DST change made 23 or 25 hours long.
 */
export function noonOf(date: string, timeZone: string): string {
  const dayNumber = toDayNumber(date);
  let epochMs = startOfLocalDay(dayNumber, timeZone) + NOON_MINUTES * MS_PER_MINUTE;
  const local = localTimeAt(epochMs, timeZone);
  const drift = (local.dayNumber - dayNumber) * 24 * 60 + local.minutes - NOON_MINUTES;
  epochMs -= drift * MS_PER_MINUTE;
  return formatInstant(epochMs);
}

/** The `source:id` key a not-counting dispute uses to name an activity. */
export function activityRef(activity: Pick<Activity, 'source' | 'id'>): string {
  return `${activity.source}:${activity.id}`;
}

function missingActivities(dispute: LedgerDispute, timeZone: string): Activity[] {
  const occurredAt = noonOf(dispute.date, timeZone);
  if (isSumMetric(dispute.metric)) {
    return [
      { source: 'dispute', id: dispute.id, metric: dispute.metric, occurredAt, amount: dispute.amount ?? 0 },
    ];
  }
  const count = dispute.amount ?? 1;
  return Array.from({ length: count }, (_, index) => ({
    source: 'dispute' as const,
    id: `${dispute.id}#${index + 1}`,
    metric: dispute.metric,
    occurredAt,
  }));
}

export function applyLedger(activities: readonly Activity[], state: LedgerState): Activity[] {
  const counted: Activity[] = [...activities, ...state.activities];
  const excluded = new Map<string, Set<string>>();
  for (const dispute of state.disputes) {
    if (dispute.status !== 'accepted') continue;
    if (dispute.kind === 'missing') {
      if (state.plan) counted.push(...missingActivities(dispute, state.plan.timeZone));
      continue;
    }
    let refs = excluded.get(dispute.metric);
    if (!refs) {
      refs = new Set();
      excluded.set(dispute.metric, refs);
    }
    for (const ref of dispute.activities) refs.add(ref);
  }
  if (excluded.size === 0) return counted;
  return counted.filter((activity) => !excluded.get(activity.metric)?.has(activityRef(activity)));
}
