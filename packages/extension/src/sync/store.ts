/**
 * What the CRM sync needs from storage. The engine only talks to this interface, so it runs the
 * same against the in-memory store (tests, benchmark) and the extension's Dexie database
 * (dexie-store.ts). An implementation must honour every rule written here; memory-store.ts is the
 * reference and test/sync/store-contract.test.ts checks both.
 *
 * Activities are keyed by core's (source, id, metric), as the `activities` table is. They belong
 * to a rep (`repId` = `plan.rep.id`), not to a plan: two plans of the same rep share them.
 */
import type { Activity, Plan } from '@onpace/core/schemas';
import type { SyncSource, SyncState } from './state';

/** A page's worth of changes, written all together or not at all. */
export interface SyncCommit {
  /** The plan's sync state after this page (its cursor says where to resume). */
  readonly state: SyncState;
  /** Whose activities these are: `plan.rep.id`. */
  readonly repId: string;
  /** New versions of activities, tombstones (`deleted: true`) included. */
  readonly activities: readonly Activity[];
}

export interface LiveActivityQuery {
  readonly repId: string;
  readonly source: SyncSource;
  readonly metrics: readonly string[];
  /** `occurredAt` in [fromMs, toMs). */
  readonly fromMs: number;
  readonly toMs: number;
}

export interface SyncStore {
  /** Every stored plan; the engine picks the ones this browser syncs (plan-scope.ts). */
  readPlans(): Promise<Plan[]>;

  /** The state of one plan's sync from one CRM; null when there is none or it does not parse. */
  getState(planId: string, source: SyncSource): Promise<SyncState | null>;

  /** Replaces the state (no activity changes): a fault, the end of a pass. */
  putState(state: SyncState): Promise<void>;

  /**
   * Upserts `activities` for `repId` and saves `state`, in ONE transaction: a worker stopped in
   * the middle leaves either both or neither, so a resumed pass never skips a page it thinks it
   * stored. Upsert rules (upsert-rule.ts, the same for every store):
   * - keyed by (source, id, metric): a repeat replaces, it never adds;
   * - a version older than the stored one (by `modifiedAt`) is ignored;
   * - a tombstone for a key with no stored row is dropped (there is nothing to retract);
   * - a version equal to the stored one is not rewritten.
   * Returns how many rows were written.
   */
  commit(batch: SyncCommit): Promise<number>;

  /** Stored, not deleted activities of a rep from one CRM, for the given metrics and window. */
  liveActivities(query: LiveActivityQuery): Promise<Activity[]>;
}
