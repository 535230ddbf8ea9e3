/**
 * Many plans' events → each plan's fold. The one merge rule is core's `foldLedger`; this only
 * groups events by the plan they name.
 */
import { foldLedger, groupEventsByPlan, type LedgerState } from '@onpace/core/ledger';
import type { Plan } from '@onpace/core/schemas';

export interface FoldedLedger {
  readonly planId: string;
  /** The plan's events as stored or carried (duplicates and all): what its timeline reads. */
  readonly events: readonly unknown[];
  readonly state: LedgerState;
}

export interface FoldedLedgers {
  /** Ledgers whose fold gives a plan. */
  readonly plans: readonly (FoldedLedger & { readonly plan: Plan })[];
  /** Ledgers with events but no plan (say, a fork at the first revision): shown as a warning. */
  readonly broken: readonly FoldedLedger[];
}

export function foldLedgers(events: readonly unknown[]): FoldedLedgers {
  const plans: (FoldedLedger & { plan: Plan })[] = [];
  const broken: FoldedLedger[] = [];
  for (const [planId, list] of groupEventsByPlan(events)) {
    const state = foldLedger(list);
    if (state.plan) plans.push({ planId, events: list, state, plan: state.plan });
    else broken.push({ planId, events: list, state });
  }
  return { plans, broken };
}
