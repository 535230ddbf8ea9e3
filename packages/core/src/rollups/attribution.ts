/**
 * Whose activity is it: one rule for the extension's bundle import and the dashboard's.
 *
 * An activity names no rep, only the CRM user who owns it (`ownerId`). Activities belong to
 * reps, not plans, so a rep's consecutive plans share them. The rule:
 * - when the plans name one rep, every activity is that rep's (a rep's own export: one plan,
 *   that rep's activities, whoever the CRM says owns each record);
 * - otherwise an activity goes to the rep whose id, Salesforce user id or HubSpot owner id
 *   equals its `ownerId`; one that matches no rep is left unattributed, never guessed.
 */
import type { Activity } from '../schemas/activity.js';
import type { Plan } from '../schemas/plan.js';

/** The ids an activity's `ownerId` may carry for the plan's rep. */
export function ownerIdsOf(plan: Plan): string[] {
  const ids = [plan.rep.id];
  const crm = plan.rep.crm;
  if (crm?.salesforceUserId) ids.push(crm.salesforceUserId);
  if (crm?.hubspotOwnerId) ids.push(crm.hubspotOwnerId);
  return ids;
}

export interface RepAttribution<A extends Activity> {
  /** rep id → that rep's activities, in input order. */
  readonly byRep: Map<string, A[]>;
  /** Indexes (in the input) of the activities no rep owns. */
  readonly unmatched: number[];
}

export function attributeActivities<A extends Activity>(
  plans: readonly Plan[],
  activities: readonly A[],
): RepAttribution<A> {
  const byRep = new Map<string, A[]>();
  const repIds = new Set(plans.map((plan) => plan.rep.id));
  const [onlyRep] = repIds;
  if (repIds.size === 1 && onlyRep !== undefined) {
    byRep.set(onlyRep, [...activities]);
    return { byRep, unmatched: [] };
  }
  const repOfOwner = new Map<string, string>();
  for (const plan of plans) for (const id of ownerIdsOf(plan)) repOfOwner.set(id, plan.rep.id);
  const unmatched: number[] = [];
  activities.forEach((activity, index) => {
    const repId = activity.ownerId === undefined ? undefined : repOfOwner.get(activity.ownerId);
    if (repId === undefined) {
      unmatched.push(index);
      return;
    }
    let list = byRep.get(repId);
    if (!list) {
      list = [];
      byRep.set(repId, list);
    }
    list.push(activity);
  });
  return { byRep, unmatched };
}
