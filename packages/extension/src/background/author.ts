import type { Plan } from '@onpace/core/schemas';

/**
 * Who writes notes and check-ins in this browser. There are no accounts: the author is the
 * plan's manager when the plan names one, else this stand-in id.
 */
export const LOCAL_MANAGER_ID = 'manager';

export function managerIdOf(plan: Plan): string {
  return plan.manager?.id ?? LOCAL_MANAGER_ID;
}

export function authorNameOf(plan: Plan, authorId: string): string | undefined {
  return plan.manager?.id === authorId ? plan.manager.name : undefined;
}
