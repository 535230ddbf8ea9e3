/**
 * What one transport step tells its caller. Reading the other person's log ends in one of these;
 * nothing from a copy is applied unless it is `extended`.
 */
import type { CrmFault } from '@onpace/core/crm';
import type { ChainHead, LedgerEventInput, LedgerProblem } from '@onpace/core/ledger';

export type ReadOutcome =
  /** Nothing new (the file's version did not change, or no new note). */
  | { readonly status: 'unchanged' }
  /** The other person has not shared a log yet. */
  | { readonly status: 'not-shared-yet' }
  /** New events, verified: add them. */
  | {
      readonly status: 'extended';
      readonly added: readonly LedgerEventInput[];
      readonly head: ChainHead | null;
    }
  /** The copy does not extend what was seen (`fork`, `gap`, …): nothing applied, the earlier record kept. */
  | { readonly status: 'refused'; readonly problem: LedgerProblem }
  /** A blob failed authentication (wrong key, altered bytes): nothing applied. */
  | { readonly status: 'unverified'; readonly detail: string }
  /** The file seen before is gone: deleted, or no longer shared with this user. */
  | { readonly status: 'missing' }
  | { readonly status: 'fault'; readonly fault: CrmFault; readonly retryAtMs: number | null };

export type WriteOutcome =
  | { readonly status: 'unchanged' }
  | { readonly status: 'written'; readonly requests: number }
  | { readonly status: 'fault'; readonly fault: CrmFault; readonly retryAtMs: number | null };
