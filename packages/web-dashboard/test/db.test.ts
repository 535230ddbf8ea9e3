import 'fake-indexeddb/auto';
import { parseBundle } from '@onpace/core/schemas';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type BundleRecord, DASHBOARD_DB_NAME, OnPaceDashboardDb, unreadableBundles } from '../src/data/db';
import { loadStoredDataset } from '../src/data/load-dataset';
import { describeUnreadable } from '../src/model/import-message';
import { PLAN_ID, sampleBundle, sampleEventCount } from './fixtures';

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

  it('declares version 3: the ledger events by hash, beside version 2’s tables', async () => {
    const db = track(new OnPaceDashboardDb('schema-check'));
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      ['acknowledgments', 'activities', 'bundles', 'checkIns', 'events', 'notes', 'plans', 'rollups'].sort(),
    );
    expect(db.events.schema.primKey.keyPath).toBe('hash');
    expect(db.activities.schema.primKey.keyPath).toEqual(['repId', 'source', 'id', 'metric']);
    expect(db.plans.schema.primKey.keyPath).toBe('id');
  });

  it('upgrades from version 1 without losing an imported bundle', async () => {
    const name = 'upgrade-1-to-3';
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
    expect(v2.verno).toBe(3);
    const [data] = (await loadStoredDataset(v2)).plans;
    expect(data?.plan).toMatchObject({ id: PLAN_ID, title: 'November growth plan' });
    expect(data?.ledger.notes.map((note) => note.text)).toEqual(['Good start on pipeline.']);
    expect(data?.ledger.checkIns).toHaveLength(1);
    await expect(v2.activities.count()).resolves.toBe(5);
    // The good payload now lives in the record tables; the unreadable one is kept as it was.
    await expect(v2.bundles.get('good')).resolves.toEqual({
      id: 'good',
      fileName: 'riley.onpace.json',
      importedAt: '2026-11-18T09:00:00.000Z',
    });
    await expect(v2.bundles.get('bad')).resolves.toEqual({
      ...bad,
      unreadable: expect.stringContaining('format'),
    });
  });

  it('opens even when a stored payload does not merge: that one is kept and reported, none is dropped', async () => {
    const name = 'upgrade-quarantine';
    const v1 = track(new Dexie(name));
    v1.version(1).stores({ bundles: 'id, importedAt' });
    // Valid alone, but its rollup names a plan no file holds: the merge refuses it.
    const orphanRollup = {
      ...sampleBundle(),
      plans: [],
      activities: [],
      notes: [],
      checkIns: [],
      acknowledgments: [],
      rollups: [
        {
          planId: 'plan-nobody-has',
          rollup: {
            kind: 'onpace.rollup',
            timeZone: 'Europe/Berlin',
            from: '2026-11-02',
            to: '2026-11-03',
            cutoff: null,
            metrics: {},
          },
        },
      ],
    };
    const records: BundleRecord[] = [
      {
        id: 'first',
        fileName: 'riley.onpace.json',
        importedAt: '2026-11-18T09:00:00.000Z',
        payload: sampleBundle(),
      },
      {
        id: 'orphan',
        fileName: 'orphan.json',
        importedAt: '2026-11-18T09:01:00.000Z',
        payload: orphanRollup,
      },
      { id: 'junk', fileName: 'junk.json', importedAt: '2026-11-18T09:02:00.000Z', payload: { plans: 1 } },
    ];
    await v1.table('bundles').bulkPut(records);
    v1.close();

    const v2 = track(new OnPaceDashboardDb(name));
    await v2.open();
    expect(v2.verno).toBe(3);
    // The good payload is read in full.
    await expect(v2.events.where('planId').equals(PLAN_ID).count()).resolves.toBe(sampleEventCount());
    await expect(v2.activities.count()).resolves.toBe(5);
    await expect(v2.rollups.count()).resolves.toBe(0);
    // The two others are kept whole, with the reason, and reported.
    await expect(v2.bundles.get('orphan')).resolves.toEqual({
      ...records[1],
      unreadable: expect.stringContaining('rollups[0].planId: names no known plan'),
    });
    await expect(v2.bundles.get('junk')).resolves.toMatchObject({ payload: { plans: 1 } });
    const report = await unreadableBundles(v2);
    expect(report.map((entry) => [entry.id, entry.fileName])).toEqual([
      ['orphan', 'orphan.json'],
      ['junk', 'junk.json'],
    ]);
    expect(report[0]?.reason).toMatch(/rollups\[0\]\.planId: names no known plan/);
    expect(describeUnreadable(report[0] as (typeof report)[0])).toMatch(
      /^orphan\.json \(stored by an earlier version\) could not be read and is kept as it was: /,
    );
    await expect(v2.bundles.count()).resolves.toBe(3);
  });

  it('upgrades from version 2 by turning its rows into events, keeping every row as it was', async () => {
    const name = 'upgrade-2-to-3';
    const v2 = track(new Dexie(name));
    v2.version(1).stores({ bundles: 'id, importedAt' });
    v2.version(2).stores({
      bundles: 'id, importedAt',
      plans: 'id, rep.id',
      activities: '[repId+source+id+metric], repId',
      rollups: 'planId',
      notes: 'id, planId',
      checkIns: 'id, planId',
      acknowledgments: '[planId+planRevision+personId], planId',
    });
    const bundle = parseBundle(sampleBundle());
    const privateNote = {
      ...bundle.notes[0],
      id: 'note-private',
      text: 'Only for me.',
      visibility: 'private',
    } as const;
    await v2.table('plans').bulkPut(bundle.plans);
    await v2.table('notes').bulkPut([...bundle.notes, privateNote]);
    await v2.table('checkIns').bulkPut(bundle.checkIns);
    await v2.table('acknowledgments').bulkPut(bundle.acknowledgments);
    await v2
      .table('activities')
      .bulkPut(bundle.activities.map((activity) => ({ ...activity, repId: 'rep-riley' })));
    await v2
      .table('bundles')
      .put({ id: 'f', fileName: 'riley.json', importedAt: '2026-11-18T09:00:00.000Z' });
    const rowsBefore = {
      plans: await v2.table('plans').toArray(),
      notes: await v2.table('notes').toArray(),
      checkIns: await v2.table('checkIns').toArray(),
      acknowledgments: await v2.table('acknowledgments').toArray(),
      activities: await v2.table('activities').toArray(),
    };
    v2.close();

    const v3 = track(new OnPaceDashboardDb(name));
    await v3.open();
    expect(v3.verno).toBe(3);
    // Nothing lost: every row is still there, word for word.
    for (const [table, rows] of Object.entries(rowsBefore)) {
      await expect(v3.table(table).toArray()).resolves.toEqual(rows);
    }
    // And the shared rows are now the plan's record, which the dataset reads.
    const [data] = (await loadStoredDataset(v3)).plans;
    expect(data?.plan.title).toBe('November growth plan');
    expect(data?.ledger).toMatchObject({
      revision: 1,
      lifecycle: 'active',
      acknowledgedCurrent: true,
      problems: [],
    });
    expect(data?.ledger.notes.map((note) => note.text)).toEqual(['Good start on pipeline.']);
    expect(data?.ledger.checkIns.map((checkIn) => checkIn.answer)).toEqual(['The Acme renewal.']);
    expect(data?.privateNotes.map((note) => note.text)).toEqual(['Only for me.']);
    // Opening again changes nothing.
    const events = await v3.events.toArray();
    v3.close();
    const reopened = track(new OnPaceDashboardDb(name));
    await expect(reopened.events.toArray()).resolves.toEqual(events);
  });
});
