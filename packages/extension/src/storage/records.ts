/**
 * What the background stores, beside core's own record types. Plans, notes, check-ins and
 * acknowledgments are stored exactly as core parses them; activities gain the rep they count
 * for, and the background keeps two tables of its own (rollup caches and CRM sync state).
 */

import type { Rollup } from '@onpace/core/rollups';
import type { Activity, ActivitySource } from '@onpace/core/schemas';

/**
 * An activity belongs to a person, not to a plan: the same call counts for every plan of the
 * rep who made it, and a new revision of a plan must not lose it. `repId` is that person's id
 * (`plan.rep.id`); the primary key stays core's (source, id, metric), so a re-synced or
 * re-imported activity replaces its earlier version instead of counting twice.
 */
export type StoredActivity = Activity & { readonly repId: string };

/** The primary key of an activity row: core's `activityKey`, as a Dexie compound key. */
export type ActivityKey = [source: ActivitySource, id: string, metric: string];

export function activityRowKey(activity: Pick<Activity, 'source' | 'id' | 'metric'>): ActivityKey {
  return [activity.source, activity.id, activity.metric];
}

/**
 * A plan's rollup of its rep's activities over the plan window, with no `asOf` cut (so it is
 * exact at the end of any day). Recomputed in the same transaction as every change to the plan
 * or to its rep's activities; the extension bridge sends it instead of raw activities.
 */
export interface RollupRecord {
  readonly planId: string;
  readonly rollup: Rollup;
  readonly activityCount: number;
  readonly computedAt: string;
}

/** Which CRM a sync reads. */
export type SyncSource = Exclude<ActivitySource, 'manual'>;

export interface SyncFault {
  /** A stable code the UI can explain ("session-expired", "rate-limited"). */
  readonly code: string;
  /** What the user should do, in words. */
  readonly message: string;
  readonly at: string;
}

/**
 * One CRM sync's progress for one plan. Written by the CRM sync (a later feature); the overlay
 * reads it to show the sync dot. A failed run records its fault and keeps the high-water mark,
 * so the next run starts where the last good one ended.
 */
export interface SyncStateRecord {
  readonly planId: string;
  readonly source: SyncSource;
  /** The newest `modifiedAt` fully read; the next run asks for records changed after it. */
  readonly highWaterMark: string | null;
  readonly lastRunAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly fault: SyncFault | null;
}
