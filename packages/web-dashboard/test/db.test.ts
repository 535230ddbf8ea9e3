import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type BundleRecord, DASHBOARD_DB_NAME, OnPaceDashboardDb } from '../src/data/db';
import { PLAN_ID, sampleBundle } from './fixtures';

const opened: Dexie[] = [];

function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('OnPaceDashboardDb', () => {
  it('uses the dashboard database name by default', () => {
    const db = new OnPaceDashboardDb();
    expect(db.name).toBe(DASHBOARD_DB_NAME);
    db.close();
  });

  it('declares version 2 with one table per kind of record', async () => {
    const db = track(new OnPaceDashboardDb('schema-check'));
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      ['acknowledgments', 'activities', 'bundles', 'checkIns', 'notes', 'plans', 'rollups'].sort(),
    );
    expect(db.activities.schema.primKey.keyPath).toEqual(['repId', 'source', 'id', 'metric']);
    expect(db.plans.schema.primKey.keyPath).toBe('id');
  });

  it('upgrades from version 1 without losing an imported bundle', async () => {
    const name = 'upgrade-1-to-2';
    const v1 = track(new Dexie(name));
    v1.version(1).stores({ bundles: 'id, importedAt' });
    const good: BundleRecord = {
      id: 'good',
      fileName: 'riley.onpace.json',
      importedAt: '2026-11-18T09:00:00.000Z',
      payload: sampleBundle(),
    };
    const bad: BundleRecord = {
      id: 'bad',
      fileName: 'old.json',
      importedAt: '2026-11-18T09:01:00.000Z',
      payload: { plans: 1 },
    };
    await v1.table('bundles').bulkPut([good, bad]);
    v1.close();

    const v2 = track(new OnPaceDashboardDb(name));
    await v2.open();
    expect(v2.verno).toBe(2);
    await expect(v2.plans.get(PLAN_ID)).resolves.toMatchObject({ title: 'November growth plan' });
    await expect(v2.activities.count()).resolves.toBe(5);
    await expect(v2.notes.count()).resolves.toBe(1);
    // The good payload now lives in the record tables; the unreadable one is kept as it was.
    await expect(v2.bundles.get('good')).resolves.toEqual({
      id: 'good',
      fileName: 'riley.onpace.json',
      importedAt: '2026-11-18T09:00:00.000Z',
    });
    await expect(v2.bundles.get('bad')).resolves.toEqual(bad);
  });
});
