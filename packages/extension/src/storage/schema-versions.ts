/**
 * Every version of the background database's schema, oldest first. A version is never edited
 * once released: a change adds a version with its stores and, when records must be rewritten or
 * derived, a named upgrade function that says why. `OnPaceDb` declares them all, so Dexie can
 * upgrade a database from any earlier version (test/storage/migrations.test.ts).
 */
import type { Transaction } from 'dexie';
import { convertRecordsToEvents } from './upgrade-to-ledger';
import { buildRollupCaches } from './upgrades';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store definitions: primary key first, then indexes. `null` drops a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // The records that travel in bundle files.
    version: 1,
    stores: {
      plans: 'id',
      // Core's (source, id, metric) key: a new version of an activity replaces the old one.
      activities: '[source+id+metric], repId',
      notes: 'id, planId',
      checkIns: 'id, planId',
      acknowledgments: '[planId+planRevision+personId], planId',
    },
  },
  {
    // The background's own tables: per-plan rollup caches (what the dashboard bridge sends)
    // and CRM sync progress. The caches are derived, so existing plans get theirs at once.
    version: 2,
    stores: {
      rollups: 'planId',
      syncState: '[planId+source], planId',
    },
    upgrade: buildRollupCaches,
  },
  {
    // The plan ledger (docs/ledger.md): events keyed by their hash, found by plan and by each
    // author's seq. Plans, shared notes, check-ins and acknowledgments become events; their
    // rows stay (an upgrade never deletes user data). `plans` stays as the fold's projection,
    // which the sync and the rollup cache read. `noteReads` keeps the rep's local "read" marks;
    // `upgradeReports` what an upgrade could not convert.
    version: 3,
    stores: {
      events: 'hash, planId, [planId+authorId+seq]',
      noteReads: '[planId+noteId], planId',
      upgradeReports: 'id',
    },
    upgrade: convertRecordsToEvents,
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
