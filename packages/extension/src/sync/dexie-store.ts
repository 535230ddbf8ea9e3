/**
 * The SyncStore on the extension's Dexie database (storage/db.ts, owned by the storage code; read
 * here, never changed). Activities go to `activities` with the rep's id, the sync state to
 * `syncState`: the fields the overlay reads (`highWaterMark`, `lastRunAt`, `lastSuccessAt`,
 * `fault`) at the top of the row as storage/records.ts defines them, the sync's own bookkeeping
 * under `sync`. Each commit also refreshes the rep's cached rollups in the same transaction, so
 * the cache never disagrees with the records (the storage code's rule).
 */
import { parseInstant } from '@onpace/core/calendar';
import type { Activity, Plan } from '@onpace/core/schemas';
import type { OnPaceDb } from '../storage/db';
import { activityRowKey, type StoredActivity, type SyncStateRecord } from '../storage/records';
import { refreshRollups } from '../storage/rollup-cache';
import { type SyncSource, SyncState } from './state';
import type { LiveActivityQuery, SyncCommit, SyncStore } from './store';
import { versionsToWrite } from './upsert-rule';

type SyncBookkeeping = Omit<
  SyncState,
  'planId' | 'source' | 'highWaterMark' | 'lastRunAt' | 'lastSuccessAt' | 'fault'
>;

/** A `syncState` row as this store writes it: storage's record plus the sync's own fields. */
export type SyncStateRow = Omit<SyncStateRecord, 'fault'> & {
  readonly fault: SyncState['fault'];
  readonly sync: SyncBookkeeping;
};

export function toRow(state: SyncState): SyncStateRow {
  const { planId, source, highWaterMark, lastRunAt, lastSuccessAt, fault, ...sync } = state;
  return { planId, source, highWaterMark, lastRunAt, lastSuccessAt, fault, sync };
}

/** A row that does not parse (another version wrote it) reads as no state: the next pass is full. */
export function fromRow(row: unknown): SyncState | null {
  if (typeof row !== 'object' || row === null) return null;
  const { sync, ...top } = row as { sync?: unknown };
  // Stryker disable next-line ConditionalExpression,LogicalOperator: spreading a non-object adds no key SyncState keeps (a string's or array's index keys are stripped); the guard is for the types
  const parsed = SyncState.safeParse({ ...(typeof sync === 'object' && sync !== null ? sync : {}), ...top });
  return parsed.success ? parsed.data : null;
}

export interface DexieSyncStoreOptions {
  readonly db: OnPaceDb;
  /** The clock for the rollups' `computedAt`. */
  readonly now: () => Date;
  /** Called after a change the overlay may show (new activity, a fault): pushes a fresh state. */
  readonly changed?: () => void;
}

export class DexieSyncStore implements SyncStore {
  constructor(private readonly options: DexieSyncStoreOptions) {}

  readPlans(): Promise<Plan[]> {
    return this.options.db.plans.toArray();
  }

  async getState(planId: string, source: SyncSource): Promise<SyncState | null> {
    return fromRow(await this.options.db.syncState.get([planId, source]));
  }

  async putState(state: SyncState): Promise<void> {
    const row: SyncStateRow = toRow(SyncState.parse(state));
    await this.options.db.syncState.put(row);
    this.options.changed?.();
  }

  async commit(batch: SyncCommit): Promise<number> {
    const { db } = this.options;
    const row: SyncStateRow = toRow(SyncState.parse(batch.state));
    const written = await db.transaction(
      'rw',
      [db.plans, db.activities, db.rollups, db.syncState],
      async () => {
        const stored = await db.activities.bulkGet(batch.activities.map(activityRowKey));
        const writes: StoredActivity[] = versionsToWrite(stored, batch.activities, batch.repId);
        if (writes.length > 0) {
          await db.activities.bulkPut(writes);
          await refreshRollups(db, { repIds: [batch.repId] }, this.options.now().toISOString());
        }
        await db.syncState.put(row);
        return writes.length;
      },
    );
    if (written > 0) this.options.changed?.();
    return written;
  }

  async liveActivities(query: LiveActivityQuery): Promise<Activity[]> {
    const metrics = new Set(query.metrics);
    return this.options.db.activities
      .where('repId')
      .equals(query.repId)
      .filter((row) => {
        if (row.source !== query.source || row.deleted === true || !metrics.has(row.metric)) return false;
        const at = parseInstant(row.occurredAt);
        return at >= query.fromMs && at < query.toMs;
      })
      .toArray();
  }
}
