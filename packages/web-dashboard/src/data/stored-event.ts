import type { LedgerEventInput } from '@onpace/core/ledger';

/**
 * One ledger event as the dashboard stores it: exactly as written (its hash is its identity and
 * the table's key), with the plan it names for reading one plan's ledger.
 */
export interface StoredEvent {
  readonly hash: string;
  readonly planId: string;
  readonly event: LedgerEventInput;
}
