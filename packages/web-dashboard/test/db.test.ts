import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type BundleRecord, DASHBOARD_DB_NAME, OnPaceDashboardDb } from '../src/data/db';

const opened: OnPaceDashboardDb[] = [];

function openDb(name: string): OnPaceDashboardDb {
  const db = new OnPaceDashboardDb(name);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const record: BundleRecord = {
  id: 'bundle-2025-11-24-team-east',
  fileName: 'team-east.onpace.json',
  importedAt: '2025-11-24T09:15:00.000Z',
  payload: { formatVersion: 1, plans: [] },
};

describe('OnPaceDashboardDb', () => {
  it('uses the dashboard database name by default', () => {
    const db = new OnPaceDashboardDb();
    expect(db.name).toBe(DASHBOARD_DB_NAME);
    db.close();
  });

  it('declares version 1 with a bundles table keyed by id', async () => {
    const db = openDb('schema-check');
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.bundles.schema.primKey.keyPath).toBe('id');
    expect(db.bundles.schema.indexes.map((index) => index.name)).toEqual(['importedAt']);
  });

  it('writes a bundle and reads it back after reopening', async () => {
    const name = 'write-read';
    const first = openDb(name);
    await first.bundles.put(record);
    first.close();

    const second = openDb(name);
    await expect(second.bundles.get(record.id)).resolves.toEqual(record);
    await expect(second.bundles.count()).resolves.toBe(1);
  });

  it('replaces a bundle re-imported with the same id', async () => {
    const db = openDb('reimport');
    await db.bundles.put(record);
    await db.bundles.put({ ...record, importedAt: '2025-11-25T08:00:00.000Z' });
    const stored = await db.bundles.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.importedAt).toBe('2025-11-25T08:00:00.000Z');
  });
});
