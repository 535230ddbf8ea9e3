/**
 * Who writes an event in this browser. There are no accounts yet: the manager's writes are
 * signed with the plan's `manager.id` and role manager, the rep's with its `rep.id` and role
 * rep, as the plan's first revision names them (the ledger never lets them change). A plan
 * without a manager uses core's stand-in id, the one migrated records carry. When identities
 * arrive, this module is the one place that changes.
 */
import { type EventAuthor, LEGACY_MANAGER_ID, type LedgerState } from '@onpace/core/ledger';
import type { Plan } from '@onpace/core/schemas';
import type { Side } from '../messaging/ledger-requests';

export function managerIdOf(plan: Plan): string {
  return plan.manager?.id ?? LEGACY_MANAGER_ID;
}

/** The author of a write by `side`, from the ledger's first revision, or the plan about to be it. */
export function authorFor(state: LedgerState, plan: Plan, side: Side): EventAuthor {
  if (side === 'manager') return { id: state.managerId ?? managerIdOf(plan), role: 'manager' };
  return { id: state.repId ?? plan.rep.id, role: 'rep' };
}

/** The name the plan gives an author id, when it names them. */
export function authorNameOf(plan: Plan, authorId: string): string | undefined {
  if (plan.manager?.id === authorId) return plan.manager.name;
  if (plan.rep.id === authorId) return plan.rep.name;
  return undefined;
}
