import type { OnPaceDb } from '../../src/storage/db';

/** Every row of every table, for "nothing stored changed" assertions. */
export async function snapshotDb(db: OnPaceDb): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of db.recordTables) snapshot[table.name] = await table.toArray();
  return snapshot;
}
