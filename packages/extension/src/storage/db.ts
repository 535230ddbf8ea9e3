import type { Acknowledgment, CheckIn, CoachingNote, Plan } from '@onpace/core/schemas';
import Dexie, { type Table } from 'dexie';
import type {
  ActivityKey,
  NoteReadRecord,
  RollupRecord,
  StoredActivity,
  StoredEvent,
  SyncSource,
  SyncStateRecord,
  UpgradeReport,
} from './records';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions';

export const ONPACE_DB_NAME = 'onpace';

export interface OnPaceDbOptions {
  /**
   * Declare the schema only up to this version. Tests use it to create a database as an older
   * release left it; the extension always opens the current version.
   */
  readonly upToVersion?: number;
}

/**
 * The background's IndexedDB database, the one place plan ledgers, activity and private notes live.
 * Content scripts cannot see it (on a CRM page IndexedDB belongs to the CRM's origin), and the
 * extension pages reach it through the background's messages, so there is a single writer.
 */
export class OnPaceDb extends Dexie {
  // `declare`, not fields: a class field would be set after Dexie's constructor and hide the
  // table Dexie attaches to the instance.
  declare plans: Table<Plan, string>;
  declare activities: Table<StoredActivity, ActivityKey>;
  declare notes: Table<CoachingNote, string>;
  declare checkIns: Table<CheckIn, string>;
  declare acknowledgments: Table<Acknowledgment, [string, number, string]>;
  declare rollups: Table<RollupRecord, string>;
  declare syncState: Table<SyncStateRecord, [string, SyncSource]>;
  declare events: Table<StoredEvent, string>;
  declare noteReads: Table<NoteReadRecord, [string, string]>;
  declare upgradeReports: Table<UpgradeReport, string>;

  constructor(name: string = ONPACE_DB_NAME, options: OnPaceDbOptions = {}) {
    super(name);
    const upTo = options.upToVersion ?? CURRENT_SCHEMA_VERSION;
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores({ ...step.stores });
      // Stryker disable next-line ConditionalExpression: Dexie takes an undefined upgrade as none
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }

  /** Every table of the current schema: "delete all data" and the migration test walk these. */
  get recordTables(): Table[] {
    return [
      this.plans,
      this.activities,
      this.notes,
      this.checkIns,
      this.acknowledgments,
      this.rollups,
      this.syncState,
      this.events,
      this.noteReads,
      this.upgradeReports,
    ];
  }
}
