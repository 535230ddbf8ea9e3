/**
 * The `plans` table is the ledger's projection: each plan's current state as a core `Plan`
 * row, rewritten in the transaction of every event that changes it. The CRM sync, the rollup
 * cache and the plan lists read it; nothing writes it but this.
 */
import type { LedgerState } from '@onpace/core/ledger';
import type { Plan } from '@onpace/core/schemas';

/** The fold's lifecycle in the words of the plan row's `status`. */
function statusOf(state: LedgerState): Plan['status'] {
  switch (state.lifecycle) {
    case 'active':
    case 'extended':
      return 'active';
    case 'closed':
      return state.outcome === 'met' ? 'completed' : 'cancelled';
    default:
      return 'draft';
  }
}

/** The plan row for a folded state; null when no revision was issued. */
export function projectPlan(state: LedgerState): Plan | null {
  if (!state.plan) return null;
  const [first] = state.revisions;
  const last = state.revisions[state.revisions.length - 1];
  return {
    ...state.plan,
    revision: Math.max(1, state.revision),
    status: statusOf(state),
    ...(first ? { createdAt: first.at } : {}),
    ...(last ? { updatedAt: last.at } : {}),
  };
}
