/** Shared by the per-CRM parts of the demo seed: the record a page shows, and the expected list. */
import type { Activity } from '@onpace/core/schemas';
import type { ExpectedActivity } from '@onpace/fake-crm';

/** The record a CRM page shows: an opportunity or a deal of the rep. */
export interface ShownRecord {
  readonly id: string;
  readonly name: string;
  readonly amount: number;
  readonly stage: string;
  readonly closeDate: string;
}

/** The seed's expected list as core activities, for the records the demo kept. */
export function toActivities(
  source: 'salesforce' | 'hubspot',
  list: readonly ExpectedActivity[],
  kept: ReadonlySet<string>,
): Activity[] {
  return list
    .filter((activity) => kept.has(activity.id))
    .map((activity) => ({
      source,
      id: activity.id,
      metric: activity.metric,
      occurredAt: activity.occurredAt,
      ...(activity.amount === undefined ? {} : { amount: activity.amount }),
    }));
}
