import { hashEvent, legacyRecordsToEvents } from '@onpace/core/ledger';
import {
  type Acknowledgment,
  type CheckIn,
  type CoachingNote,
  listProblems,
  type Plan,
  type PlanRollup,
  safeParseBundle,
  ValidationError,
} from '@onpace/core/schemas';
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import { mergeBundle } from './merge';
import type { StoredActivity } from './stored-activity';
import type { StoredEvent } from './stored-event';

/**
 * A bundle file as version 1 stored it: the file's JSON, unchecked. Version 2 reads these
 * payloads into the record tables and keeps the table as the log of files read.
 */
export interface BundleRecord {
  /** Stable id of the imported bundle (primary key). */
  id: string;
  /** Name of the file the bundle came from, shown to the user. */
  fileName: string;
  /** When it was imported: an ISO 8601 instant. */
  importedAt: string;
  /** The bundle's JSON as read (version 1); later versions keep only the counts. */
  payload?: unknown;
  /**
   * Why a version-1 payload could not be read into the record tables: it is kept here, whole,
   * for a later fix, and the dashboard says so (see `unreadableBundles`).
   */
  unreadable?: string;
}

/** A stored file the dashboard could not read, as the page reports it. */
export interface UnreadableBundle {
  readonly id: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly reason: string;
}

export type { StoredActivity } from './stored-activity';

export const DASHBOARD_DB_NAME = 'onpace-dashboard';

/**
 * The dashboard's own IndexedDB database (one class per database).
 *
 * Every schema version stays declared here, oldest first; a later version adds a
 * `.version(n).stores(...)` call and, when records need rewriting, a named upgrade
 * function that says why.
 */
export class OnPaceDashboardDb extends Dexie {
  // `declare`, not a class field: a field would be (re)initialised after Dexie's
  // constructor and could hide the table Dexie attaches to the instance.
  declare bundles: EntityTable<BundleRecord, 'id'>;
  /** Version 3: the plan ledgers, every plan's events by hash. The one source of plans, notes, check-ins… */
  declare events: EntityTable<StoredEvent, 'hash'>;
  /** Version 2's plan rows, kept as they were (nothing is dropped); version 3 reads plans from the ledger. */
  declare plans: EntityTable<Plan, 'id'>;
  declare activities: Table<StoredActivity, [string, string, string, string]>;
  declare rollups: EntityTable<PlanRollup, 'planId'>;
  /** Version 3 keeps private notes here (they never become events); version 2 kept shared ones too. */
  declare notes: EntityTable<CoachingNote, 'id'>;
  declare checkIns: EntityTable<CheckIn, 'id'>;
  declare acknowledgments: Table<Acknowledgment, [string, number, string]>;

  constructor(name: string = DASHBOARD_DB_NAME) {
    super(name);
    // Version 1: imported bundles, keyed by id, listable by import time.
    this.version(1).stores({ bundles: 'id, importedAt' });
    // Version 2: one table per kind of record, so re-importing the same data de-duplicates
    // record by record (activities by rep and (source, id, metric), as core keys them). Its
    // upgrade (reading version 1's payloads) now happens in version 3's, straight into events.
    const version2 = {
      bundles: 'id, importedAt',
      plans: 'id, rep.id',
      activities: '[repId+source+id+metric], repId',
      rollups: 'planId',
      notes: 'id, planId',
      checkIns: 'id, planId',
      acknowledgments: '[planId+planRevision+personId], planId',
    };
    this.version(2).stores(version2);
    // Version 3: the plan ledger. Plans, shared notes, check-ins and acknowledgments become
    // events (core's fold is the one merge rule); version 2's rows stay where they were.
    this.version(3)
      .stores({ ...version2, events: 'hash, planId' })
      .upgrade(toLedger);
  }
}

/** Version 2's rows → ledger events, then version 1's payloads read as any imported file. */
async function toLedger(tx: Transaction): Promise<void> {
  await rowsToEvents(tx);
  await readVersion1Payloads(tx);
}

/**
 * Version 2's plan, note, check-in and acknowledgment rows as events (core's migration of a
 * version 1 bundle: private notes, deleted check-ins and acknowledgments of older revisions have
 * no event and stay in their rows). Dated by the latest file read when a row gives no time.
 */
async function rowsToEvents(tx: Transaction): Promise<void> {
  const plans = await tx.table<Plan, string>('plans').toArray();
  if (plans.length === 0) return;
  const logged = await tx.table<BundleRecord, string>('bundles').orderBy('importedAt').last();
  const events = legacyRecordsToEvents({
    exportedAt: logged?.importedAt ?? new Date().toISOString(),
    plans,
    notes: await tx.table<CoachingNote, string>('notes').toArray(),
    checkIns: await tx.table<CheckIn, string>('checkIns').toArray(),
    acknowledgments: await tx.table<Acknowledgment, [string, number, string]>('acknowledgments').toArray(),
  });
  await tx
    .table<StoredEvent, string>('events')
    .bulkPut(events.map((event) => ({ hash: hashEvent(event), planId: event.plan, event })));
}

function isVersion1(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && (payload as { version?: unknown }).version === 1;
}

/**
 * Version 1 kept whole bundle payloads, unchecked. Read each one that is a valid bundle into the
 * new tables (so nothing imported is lost). One that is not valid, or does not merge with the
 * others (a rollup naming no known plan), is kept untouched with the reason beside it: one bad
 * file must not stop the database from opening, and nothing stored is ever dropped. The merge
 * checks a bundle before it writes anything, so a refused one leaves no half-written records.
 */
async function readVersion1Payloads(tx: Transaction): Promise<void> {
  const bundles = tx.table<BundleRecord, string>('bundles');
  for (const record of await bundles.toArray()) {
    if (record.payload === undefined) continue;
    const parsed = safeParseBundle(record.payload);
    if (!parsed.success) {
      await bundles.put({ ...record, unreadable: parsed.error.message });
      continue;
    }
    try {
      await mergeBundle(tx, parsed.data, { fromVersion1: isVersion1(record.payload) });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      await bundles.put({ ...record, unreadable: `Invalid bundle: ${listProblems(error.problems)}` });
      continue;
    }
    await bundles.put({ id: record.id, fileName: record.fileName, importedAt: record.importedAt });
  }
}

/** Stored files an earlier version kept that could not be read into the record tables. */
export async function unreadableBundles(db: OnPaceDashboardDb): Promise<UnreadableBundle[]> {
  const records = await db.bundles.orderBy('importedAt').toArray();
  return records.flatMap((record) =>
    record.unreadable === undefined
      ? []
      : [
          {
            id: record.id,
            fileName: record.fileName,
            importedAt: record.importedAt,
            reason: record.unreadable,
          },
        ],
  );
}
