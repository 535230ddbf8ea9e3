/**
 * Whose activities a bundle carries. A bundle's activities name no person (core's Activity has
 * an `ownerId` in the CRM's terms, not a rep id), so they are attributed to the rep of the
 * bundle's plans, which is how the rep's export is built (one plan, that rep's activities).
 */
import { attributeActivities } from '@onpace/core/rollups';
import type { Activity, Plan } from '@onpace/core/schemas';
import type { FieldProblem } from '../messaging/result';
import type { StoredActivity } from '../storage/records';

export type Attribution =
  | { readonly ok: true; readonly activities: StoredActivity[] }
  | { readonly ok: false; readonly problems: FieldProblem[] };

/** A bundle with hundreds of unattributable rows would bury the message; these suffice. */
const MAX_PROBLEMS = 10;

function distinctReps(plans: readonly Plan[]): string[] {
  return [...new Set(plans.map((plan) => plan.rep.id))];
}

/**
 * Core's rule (`attributeActivities`: one rep → all theirs, else by CRM identity) over the
 * bundle's plans; a bundle without plans goes to the one rep this browser holds plans for.
 * Anything unattributed is an error naming the activity, and the import stores nothing.
 */
export function attributeBundleActivities(
  activities: readonly Activity[],
  bundlePlans: readonly Plan[],
  storedPlans: readonly Plan[],
): Attribution {
  if (activities.length === 0) return { ok: true, activities: [] };
  const owners = bundlePlans.length > 0 ? bundlePlans : storedPlans;
  if (bundlePlans.length === 0 && distinctReps(storedPlans).length !== 1) {
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
  const { byRep, unmatched } = attributeActivities(owners, activities);
  if (unmatched.length > 0) {
    return {
      ok: false,
      problems: unmatched.slice(0, MAX_PROBLEMS).map((index) => ({
        path: `activities[${index}].ownerId`,
        message: 'matches the CRM identity of none of the reps whose plans this file holds',
      })),
    };
  }
  const attributed: StoredActivity[] = [];
  for (const [repId, owned] of byRep) for (const activity of owned) attributed.push({ ...activity, repId });
  return { ok: true, activities: attributed };
}
