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
import { ledgerBundle } from './ledger-fixture';

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

/** A ledger file: events, activities and a private note, so every table has something to write. */
const partText = JSON.stringify(ledgerBundle(4));
const fullText = JSON.stringify(ledgerBundle());

describe('a write failing halfway through an import', () => {
  it('undoes every record the file had already written (the log of files is written last)', async () => {
    const { db, faults } = freshDb();
    await importBundleFile(db, { name: 'part.json', text: partText }, NOW);
    const before = await dump(db);

    faults.arm('bundles');
    await expect(importBundleFile(db, { name: 'full.json', text: fullText }, NOW)).rejects.toThrow(
      /disk full/,
    );
    faults.disarm();
    expect(await dump(db)).toBe(before);
    await expect(db.events.count()).resolves.toBe(4);

    // Nothing half-done blocks the next try.
    const again = await importBundleFile(db, { name: 'full.json', text: fullText }, NOW);
    expect(again.ok && again.summary.events).toMatchObject({ unchanged: 4 });
    expect(again.ok && again.summary.events.added).toBeGreaterThan(0);
  });

  it('undoes the records of an extension pull when its last table fails', async () => {
    const { db, faults } = freshDb();
    const before = await dump(db);
    // The private notes are written last.
    faults.arm('notes');
    await expect(storeBundle(db, parseBundle(ledgerBundle()), null)).rejects.toThrow(/disk full/);
    faults.disarm();
    expect(await dump(db)).toBe(before);
    await expect(db.events.count()).resolves.toBe(0);
  });
});
