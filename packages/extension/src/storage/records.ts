/**
 * What the background stores, beside core's own record types. Plans, notes, check-ins and
 * acknowledgments are stored exactly as core parses them; activities gain the rep they count
 * for, and the background keeps two tables of its own (rollup caches and CRM sync state).
 */

import type { LedgerEventInput } from '@onpace/core/ledger';
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

/**
 * One ledger event as stored: the event exactly as written (so its hash never changes), keyed by
 * that hash, with the plan, author and seq copied out for the indexes. The copies are derived
 * from the event and never edited on their own.
 */
export interface StoredEvent {
  readonly hash: string;
  readonly planId: string;
  readonly authorId: string;
  readonly seq: number;
  readonly event: LedgerEventInput;
}

/** When the rep first read a ledger note in this browser: a local fact, not an event. */
export interface NoteReadRecord {
  readonly planId: string;
  readonly noteId: string;
  readonly at: string;
}

/** A stored row an upgrade could not turn into events; the row itself is kept as it was. */
export interface UnconvertedRow {
  readonly table: string;
  readonly key: string;
  readonly reason: string;
}

/** What an upgrade did, kept so a person (or support) can see what it could not convert. */
export interface UpgradeReport {
  readonly id: string;
  readonly at: string;
  readonly plans: number;
  readonly events: number;
  readonly unconverted: readonly UnconvertedRow[];
}
