/**
 * How an imported activity meets the stored one with the same key (source, id, metric): the
 * last version wins, `modifiedAt` says which is last (docs/pace.md), and the same data twice is
 * never a change. Activities are CRM facts, not ledger records: the ledger's own records merge
 * by set union in core (docs/ledger.md).
 */
import { parseInstant } from '@onpace/core/calendar';
import type { StoredActivity } from '../storage/records';
import { sameRecord } from './same-record';

export type ActivityMerge =
  | { readonly action: 'add'; readonly record: StoredActivity }
  | { readonly action: 'replace'; readonly record: StoredActivity }
  | { readonly action: 'keep' };

/** Epoch ms of an optional instant; a missing one is older than any. */
function instantMs(value: string | undefined): number {
  if (value === undefined) return Number.NEGATIVE_INFINITY;
  const ms = parseInstant(value);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

export function mergeActivity(existing: StoredActivity | undefined, incoming: StoredActivity): ActivityMerge {
  if (!existing) return { action: 'add', record: incoming };
  if (instantMs(incoming.modifiedAt) < instantMs(existing.modifiedAt)) return { action: 'keep' };
  return sameRecord(existing, incoming) ? { action: 'keep' } : { action: 'replace', record: incoming };
}
