import Dexie, { type EntityTable } from 'dexie';

/**
 * A bundle file the user imported into the dashboard, stored as read.
 *
 * `payload` stays `unknown` until @onpace/core's bundle schema exists: whoever reads it
 * must parse it with that zod schema (import boundaries are always checked).
 */
export interface BundleRecord {
  /** Stable id of the imported bundle (primary key). */
  id: string;
  /** Name of the file the bundle came from, shown to the user. */
  fileName: string;
  /** When it was imported: an ISO 8601 instant. */
  importedAt: string;
  /** The bundle's parsed JSON, not yet validated. */
  payload: unknown;
}

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

  constructor(name: string = DASHBOARD_DB_NAME) {
    super(name);
    // Version 1: imported bundles, keyed by id, listable by import time.
    this.version(1).stores({ bundles: 'id, importedAt' });
  }
}
