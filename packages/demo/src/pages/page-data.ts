/** What a CRM record page shows: the record, its owner, and the rep's latest calls in that CRM. */
import type { Activity } from '@onpace/core/schemas';
import type { ShownRecord } from '../data/crm-seed.js';

export interface RecordPageData {
  readonly record: ShownRecord;
  readonly ownerName: string;
  readonly timeZone: string;
  /** The newest calls first, as the activity timeline lists them. */
  readonly recentCalls: readonly string[];
}

export function recentCalls(activities: readonly Activity[], nowMs: number, count = 4): string[] {
  return activities
    .filter((activity) => activity.metric === 'calls' && Date.parse(activity.occurredAt) <= nowMs)
    .map((activity) => activity.occurredAt)
    .sort()
    .slice(-count)
    .reverse();
}
