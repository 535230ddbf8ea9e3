/**
 * Which rep an activity belongs to. A bundle's activities carry no plan id: when all of a
 * bundle's plans are one rep's, every activity is that rep's; otherwise an activity goes to the
 * rep whose id or CRM owner id equals its `ownerId`. Activities belong to reps, not plans, so a
 * rep's consecutive plans share them.
 */
import type { Activity, Plan } from '@onpace/core/schemas';

export function ownerIdsOf(plan: Plan): string[] {
  const ids = [plan.rep.id];
  const crm = plan.rep.crm;
  if (crm?.salesforceUserId) ids.push(crm.salesforceUserId);
  if (crm?.hubspotOwnerId) ids.push(crm.hubspotOwnerId);
  return ids;
}

/** rep id → that rep's activities; `unmatched` counts activities no plan's rep owns. */
export function activitiesByRep(
  plans: readonly Plan[],
  activities: readonly Activity[],
): { byRep: Map<string, Activity[]>; unmatched: number } {
  const byRep = new Map<string, Activity[]>();
  const repIds = new Set(plans.map((plan) => plan.rep.id));
  const [onlyRep] = repIds;
  if (repIds.size === 1 && onlyRep !== undefined) {
    byRep.set(onlyRep, [...activities]);
    return { byRep, unmatched: 0 };
  }
  const repOfOwner = new Map<string, string>();
  for (const plan of plans) for (const id of ownerIdsOf(plan)) repOfOwner.set(id, plan.rep.id);
  let unmatched = 0;
  for (const activity of activities) {
    const repId = activity.ownerId === undefined ? undefined : repOfOwner.get(activity.ownerId);
    if (repId === undefined) {
      unmatched++;
      continue;
    }
    let list = byRep.get(repId);
    if (!list) {
      list = [];
      byRep.set(repId, list);
    }
    list.push(activity);
  }
  return { byRep, unmatched };
}
