/**
 * An import lands whole or not at all: when a write fails halfway (a full disk, a closed tab),
 * the records already written in that import are undone, for a file and for the extension's pull.
 */
import 'fake-indexeddb/auto';
import { parseBundle } from '@onpace/core/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { OnPaceDashboardDb } from '../src/data/db';
import { importBundleFile, storeBundle } from '../src/data/import-bundle';
import { RECORD_TABLES } from '../src/data/merge';
import { injectWriteFaults } from './failing-writes';
import { PLAN_ID, sampleBundle, sampleBundleText } from './fixtures';

const NOW = new Date('2026-11-19T08:00:00Z');
const opened: OnPaceDashboardDb[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function freshDb() {
  const db = new OnPaceDashboardDb(`import-rollback-${counter++}`);
  opened.push(db);
  // Before the database opens: Dexie builds its middleware stack on open.
  return { db, faults: injectWriteFaults(db) };
}

async function dump(db: OnPaceDashboardDb): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const name of [...RECORD_TABLES, 'bundles']) tables[name] = await db.table(name).toArray();
  return JSON.stringify(tables);
}

/** The sample file with its plan revised and one more note: every table has something to write. */
function revisedBundle() {
  const bundle = sampleBundle();
  const [plan] = bundle.plans ?? [];
  if (plan) Object.assign(plan, { revision: 2, title: 'November growth plan (revised)' });
  const [note] = bundle.notes ?? [];
  if (note) bundle.notes = [note, { ...note, id: 'note-2', text: 'Another note' }];
  return bundle;
}

describe('a write failing halfway through an import', () => {
  it('undoes every record the file had already written (the log of files is written last)', async () => {
    const { db, faults } = freshDb();
    await importBundleFile(db, { name: 'riley.onpace.json', text: sampleBundleText() }, NOW);
    const before = await dump(db);

    faults.arm('bundles');
    const text = JSON.stringify(revisedBundle());
    await expect(importBundleFile(db, { name: 'revised.json', text }, NOW)).rejects.toThrow(/disk full/);
    faults.disarm();
    expect(await dump(db)).toBe(before);
    await expect(db.plans.get(PLAN_ID)).resolves.toMatchObject({ revision: 1 });

    // Nothing half-done blocks the next try.
    const again = await importBundleFile(db, { name: 'revised.json', text }, NOW);
    expect(again.ok && again.summary.plans).toEqual({ added: 0, updated: 1, unchanged: 0 });
  });

  it('undoes the records of an extension pull when its last table fails', async () => {
    const { db, faults } = freshDb();
    const before = await dump(db);
    faults.arm('acknowledgments');
    await expect(storeBundle(db, parseBundle(revisedBundle()), null)).rejects.toThrow(/disk full/);
    faults.disarm();
    expect(await dump(db)).toBe(before);
    await expect(db.plans.count()).resolves.toBe(0);
  });
});
