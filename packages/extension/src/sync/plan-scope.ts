/**
 * Whose activity this browser syncs. A rep's browser syncs the rep's own plan ("my plan"); a
 * manager's browser syncs every plan it holds, each by its rep's CRM ids, as far as the manager's
 * own CRM access allows (a refusal becomes a plain message on that plan). Plans that are over or
 * called off are not synced: their record is kept as it was.
 */
import type { Plan } from '@onpace/core/schemas';

export type Role = 'rep' | 'manager';

export interface SyncScope {
  readonly role: Role;
  readonly myPlanId: string | null;
}

export interface ScopedPlan {
  readonly plan: Plan;
  /** The user's own plan: their own CRM login may stand for the rep's CRM id. */
  readonly isMine: boolean;
}

const SYNCED_STATUSES: ReadonlySet<Plan['status']> = new Set(['active', 'draft']);

export function plansToSync(plans: readonly Plan[], scope: SyncScope): ScopedPlan[] {
  const live = plans.filter((plan) => SYNCED_STATUSES.has(plan.status));
  if (scope.role === 'rep') {
    const mine = live.find((plan) => plan.id === scope.myPlanId);
    return mine ? [{ plan: mine, isMine: true }] : [];
  }
  return live
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((plan) => ({ plan, isMine: plan.id === scope.myPlanId }));
}
