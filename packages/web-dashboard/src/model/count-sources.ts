/**
 * Where each metric's count comes from, for the evidence report: the CRM's activity, the rep's
 * manual logs, what accepted disputes added, and the CRM activity they took out. Counted over
 * the plan's window up to the end of the as-of day.
 */
import { civilDateAt } from '@onpace/core/calendar';
import { activityRef } from '@onpace/core/ledger';
import type { Activity } from '@onpace/core/schemas';
import { isSumMetric } from '@onpace/core/schemas';
import type { PlanData } from '../data/dataset';

export interface CountSources {
  readonly metric: string;
  readonly crm: number;
  readonly manual: number;
  readonly disputeAdded: number;
  readonly disputeRemoved: number;
}

function amountOf(activity: Activity): number {
  return isSumMetric(activity.metric) ? (activity.amount ?? 0) : 1;
}

export function countSources(data: PlanData, asOf: string): CountSources[] {
  const { plan } = data;
  const inWindow = (activity: Activity) => {
    if (activity.deleted === true) return false;
    const date = civilDateAt(Date.parse(activity.occurredAt), plan.timeZone);
    return date >= plan.start && date <= plan.end && date <= asOf;
  };
  const counted = (data.activities ?? []).filter(inWindow);
  const kept = new Set(counted.map((activity) => `${activity.metric} ${activityRef(activity)}`));
  const metrics = [...new Set(plan.targets.map((target) => target.metric))];
  return metrics.map((metric) => {
    const tally = { metric, crm: 0, manual: 0, disputeAdded: 0, disputeRemoved: 0 };
    for (const activity of counted) {
      if (activity.metric !== metric) continue;
      if (activity.source === 'manual') tally.manual += amountOf(activity);
      else if (activity.source === 'dispute') tally.disputeAdded += amountOf(activity);
      else tally.crm += amountOf(activity);
    }
    for (const activity of (data.crmActivities ?? []).filter(inWindow)) {
      if (activity.metric === metric && !kept.has(`${metric} ${activityRef(activity)}`)) {
        tally.disputeRemoved += amountOf(activity);
      }
    }
    return tally;
  });
}
