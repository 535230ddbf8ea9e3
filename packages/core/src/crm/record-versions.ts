/**
 * Building the activities of one CRM record version: one entry per metric its object type can
 * yield, counted or a tombstone, so the latest version of a record always speaks for every key
 * it could have written before.
 */
import { formatInstant } from '../calendar/instant.js';
import type { Activity, ActivitySource } from '../schemas/activity.js';
import type { BuiltInMetric } from '../schemas/metric.js';

export interface RecordFacts {
  readonly source: Exclude<ActivitySource, 'manual'>;
  readonly id: string;
  readonly ownerId?: string | null | undefined;
  /** Epoch ms of the record's last change, when known. */
  readonly modifiedAt?: number | null | undefined;
  readonly recordUrl?: string | undefined;
  /** Epoch ms a tombstone is dated at (its own date is never read; the schema needs one). */
  readonly fallbackAt: number;
}

/** A counted occurrence of a metric: when, and for sum metrics how much. */
export interface Occurrence {
  readonly at: number;
  readonly amount?: number;
}

export function recordVersion(
  facts: RecordFacts,
  metric: BuiltInMetric,
  occurrence: Occurrence | null,
): Activity {
  const activity: Activity = {
    source: facts.source,
    id: facts.id,
    metric,
    occurredAt: formatInstant(occurrence?.at ?? facts.fallbackAt),
  };
  if (occurrence === null) activity.deleted = true;
  else if (occurrence.amount !== undefined) activity.amount = occurrence.amount;
  if (facts.ownerId) activity.ownerId = facts.ownerId;
  if (facts.modifiedAt !== null && facts.modifiedAt !== undefined) {
    activity.modifiedAt = formatInstant(facts.modifiedAt);
  }
  if (facts.recordUrl !== undefined) activity.recordUrl = facts.recordUrl;
  return activity;
}

/** Tombstones for every metric of a deleted or archived record. */
export function tombstones(facts: RecordFacts, metrics: readonly BuiltInMetric[]): Activity[] {
  return metrics.map((metric) => recordVersion(facts, metric, null));
}
