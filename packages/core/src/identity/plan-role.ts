/**
 * The user's part in a plan, from identity alone: the plan's rep, its manager, both (a manager on
 * a plan of their own) or neither. A person is matched only by a CRM id the plan records for them
 * (`rep.crm`, `manager.crm`), never by name, email or the plan's position in a list, so a plan that
 * names no CRM id for its rep is never taken for the user's own.
 */
import type { Person, Plan } from '../schemas/plan.js';
import { type BrowserIdentity, sameSalesforceId } from './crm-user.js';

export type PlanRole = 'rep' | 'manager' | 'both' | 'neither';

/** Whether `person` is the user in some CRM the browser knows the user in. */
export function isSelf(person: Person | undefined, identity: BrowserIdentity): boolean {
  const crm = person?.crm;
  if (crm === undefined) return false;
  const salesforce = identity.salesforce;
  if (salesforce !== undefined && crm.salesforceUserId !== undefined) {
    if (sameSalesforceId(crm.salesforceUserId, salesforce.userId)) return true;
  }
  const hubspot = identity.hubspot;
  return hubspot !== undefined && crm.hubspotOwnerId !== undefined && crm.hubspotOwnerId === hubspot.ownerId;
}

export function planRole(plan: Pick<Plan, 'rep' | 'manager'>, identity: BrowserIdentity): PlanRole {
  const rep = isSelf(plan.rep, identity);
  const manager = isSelf(plan.manager, identity);
  if (rep && manager) return 'both';
  if (rep) return 'rep';
  if (manager) return 'manager';
  return 'neither';
}

export function isRepRole(role: PlanRole): boolean {
  return role === 'rep' || role === 'both';
}

export function isManagerRole(role: PlanRole): boolean {
  return role === 'manager' || role === 'both';
}

/** Whether the plan names its rep in any CRM (without it, it can only be counted by hand). */
export function namesRepInCrm(plan: Pick<Plan, 'rep'>): boolean {
  const crm = plan.rep.crm;
  return crm?.salesforceUserId !== undefined || crm?.hubspotOwnerId !== undefined;
}

const LIVE: ReadonlySet<Plan['status']> = new Set(['active', 'draft']);

/**
 * The user's own plan: among the plans whose rep is the user, the live one whose window holds
 * `today` (a civil date in each plan's zone, given by the caller), else the live one starting
 * soonest after today, else the one that ended last. Null when the user is no plan's rep.
 */
export function myPlan<P extends Plan>(
  plans: readonly P[],
  identity: BrowserIdentity,
  today: string,
): P | null {
  const mine = plans.filter((plan) => isRepRole(planRole(plan, identity)));
  const live = mine.filter((plan) => LIVE.has(plan.status));
  const current = live.filter((plan) => plan.start <= today && today <= plan.end);
  const byStart = (a: P, b: P) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id);
  const pick = current.sort(byStart).at(-1) ?? live.filter((plan) => plan.start > today).sort(byStart)[0];
  if (pick !== undefined) return pick;
  return [...mine].sort((a, b) => a.end.localeCompare(b.end) || a.id.localeCompare(b.id)).at(-1) ?? null;
}

/** The plans the user manages (their team), their own included when they also manage it. */
export function teamPlans<P extends Plan>(plans: readonly P[], identity: BrowserIdentity): P[] {
  return plans.filter((plan) => isManagerRole(planRole(plan, identity)));
}
