/**
 * Whose activities a bundle carries. A bundle's activities name no person (core's Activity has
 * an `ownerId` in the CRM's terms, not a rep id), so they are attributed to the rep of the
 * bundle's plans, which is how the rep's export is built (one plan, that rep's activities).
 */
import type { Activity, Plan } from '@onpace/core/schemas';
import type { FieldProblem } from '../messaging/result';
import type { StoredActivity } from '../storage/records';

export type Attribution =
  | { readonly ok: true; readonly activities: StoredActivity[] }
  | { readonly ok: false; readonly problems: FieldProblem[] };

/** A bundle with hundreds of unattributable rows would bury the message; these suffice. */
const MAX_PROBLEMS = 10;

function ownedBy(activity: Activity, plan: Plan): boolean {
  const crm = plan.rep.crm;
  if (activity.ownerId === undefined || !crm) return false;
  return activity.ownerId === crm.salesforceUserId || activity.ownerId === crm.hubspotOwnerId;
}

function distinctReps(plans: readonly Plan[]): string[] {
  return [...new Set(plans.map((plan) => plan.rep.id))];
}

/**
 * - the bundle's plans have one rep: every activity is theirs;
 * - several reps: an activity goes to the rep whose CRM identity matches its `ownerId`;
 * - no plan in the bundle: the activities go to the one rep this browser holds plans for.
 * Anything else is an error naming the activity, and the import stores nothing.
 */
export function attributeActivities(
  activities: readonly Activity[],
  bundlePlans: readonly Plan[],
  storedPlans: readonly Plan[],
): Attribution {
  if (activities.length === 0) return { ok: true, activities: [] };
  const bundleReps = distinctReps(bundlePlans);
  const [onlyRep] = bundleReps.length === 0 ? distinctReps(storedPlans) : bundleReps;
  const single =
    bundleReps.length === 1 || (bundleReps.length === 0 && distinctReps(storedPlans).length === 1);
  if (single && onlyRep !== undefined) {
    return { ok: true, activities: activities.map((activity) => ({ ...activity, repId: onlyRep })) };
  }
  if (bundleReps.length === 0) {
    return {
      ok: false,
      problems: [
        {
          path: 'activities',
          message:
            'cannot tell whose activities these are: the file holds no plan; import them with the plan they belong to',
        },
      ],
    };
  }
  const problems: FieldProblem[] = [];
  const attributed: StoredActivity[] = [];
  activities.forEach((activity, index) => {
    const plan = bundlePlans.find((candidate) => ownedBy(activity, candidate));
    if (plan) attributed.push({ ...activity, repId: plan.rep.id });
    else if (problems.length < MAX_PROBLEMS) {
      problems.push({
        path: `activities[${index}].ownerId`,
        message: 'matches the CRM identity of none of the reps whose plans this file holds',
      });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, activities: attributed };
}
