import 'fake-indexeddb/auto';
import { evaluatePlan } from '@onpace/core/pace';
import { afterEach, describe, expect, it } from 'vitest';
import { OnPaceDashboardDb } from '../src/data/db';
import { importBundleFile, importBundleFiles } from '../src/data/import-bundle';
import { loadStoredDataset } from '../src/data/load-dataset';
import { RECORD_TABLES } from '../src/data/merge';
import { describeOutcome } from '../src/model/import-message';
import { PLAN_ID, sampleBundle, sampleBundleText } from './fixtures';

const NOW = new Date('2026-11-19T08:00:00Z');
let counter = 0;
const opened: OnPaceDashboardDb[] = [];

function freshDb(): OnPaceDashboardDb {
  const db = new OnPaceDashboardDb(`import-${counter++}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function dump(db: OnPaceDashboardDb): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const name of [...RECORD_TABLES, 'bundles']) tables[name] = await db.table(name).toArray();
  return JSON.stringify(tables);
}

describe('importing bundle files', () => {
  it('stores a valid bundle, record by record, de-duplicated as core does', async () => {
    const db = freshDb();
    const outcome = await importBundleFile(db, { name: 'riley.onpace.json', text: sampleBundleText() }, NOW);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary.plans.added).toBe(1);
    expect(outcome.summary.activities.added).toBe(5);
    expect(describeOutcome(outcome)).toBe(
      'riley.onpace.json: added 1 plan, 5 activities, 1 note, 1 check-in, 1 acknowledgment.',
    );
    const stored = await db.activities.get(['rep-riley', 'salesforce', 'opp-2', 'pipeline_created']);
    expect(stored?.amount).toBe(25_000);
  });

  it('changes nothing when the same data is imported again', async () => {
    const db = freshDb();
    await importBundleFile(db, { name: 'riley.onpace.json', text: sampleBundleText() }, NOW);
    const before = await dump(db);
    const again = await importBundleFile(
      db,
      { name: 'riley.onpace.json', text: sampleBundleText() },
      new Date('2026-11-20T08:00:00Z'),
    );
    expect(await dump(db)).toBe(before);
    expect(again.ok && describeOutcome(again)).toBe(
      'riley.onpace.json: nothing new: every record was already stored.',
    );
    // Same data in a differently formatted file: still nothing new in the record tables.
    const reformatted = await importBundleFile(
      db,
      { name: 'copy.json', text: JSON.stringify(sampleBundle(), null, 2) },
      NOW,
    );
    expect(reformatted.ok && reformatted.summary.activities).toEqual({ added: 0, updated: 0, unchanged: 5 });
  });

  it('rejects a malformed file, naming the field, and leaves everything stored untouched', async () => {
    const db = freshDb();
    await importBundleFile(db, { name: 'riley.onpace.json', text: sampleBundleText() }, NOW);
    const before = await dump(db);
    const broken = sampleBundle();
    const plan = broken.plans?.[0];
    if (plan?.targets[0]) plan.targets[0].goal = -5;
    const outcome = await importBundleFile(db, { name: 'broken.json', text: JSON.stringify(broken) }, NOW);
    expect(outcome.ok).toBe(false);
    expect(describeOutcome(outcome)).toBe(
      'broken.json was not imported. plans[0].targets[0].goal: must be greater than 0. Nothing stored was changed.',
    );
    expect(await dump(db)).toBe(before);
  });

  it('says when a file is not JSON at all', async () => {
    const outcome = await importBundleFile(freshDb(), { name: 'notes.txt', text: 'hello' }, NOW);
    expect(outcome.ok).toBe(false);
    expect(describeOutcome(outcome)).toMatch(/^notes\.txt was not imported\. \(root\): is not valid JSON/);
  });

  it('rolls back a bundle whose problem shows only while merging (a rollup in the wrong zone)', async () => {
    const db = freshDb();
    const bundle = {
      ...sampleBundle(),
      rollups: [
        {
          planId: PLAN_ID,
          rollup: {
            kind: 'onpace.rollup',
            timeZone: 'Europe/London',
            from: '2026-11-02',
            to: '2026-11-27',
            cutoff: null,
            metrics: {},
          },
        },
      ],
    };
    const outcome = await importBundleFile(db, { name: 'zone.json', text: JSON.stringify(bundle) }, NOW);
    expect(outcome.ok).toBe(false);
    expect(describeOutcome(outcome)).toContain(
      'rollups[0].rollup.timeZone: is Europe/London but plan plan-riley-nov is in America/New_York',
    );
    await expect(db.plans.count()).resolves.toBe(0);
    await expect(db.activities.count()).resolves.toBe(0);
  });

  it('imports several files, each on its own', async () => {
    const db = freshDb();
    const outcomes = await importBundleFiles(
      db,
      [
        { name: 'bad.json', text: '{"format":"onpace.bundle","version":1}' },
        { name: 'good.json', text: sampleBundleText() },
      ],
      NOW,
    );
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([false, true]);
    expect(describeOutcome(outcomes[0] ?? outcomes[1] ?? ({} as never))).toContain('exportedAt: is required');
    await expect(db.plans.count()).resolves.toBe(1);
  });

  it('keeps the newer revision of a plan when an older file comes later', async () => {
    const db = freshDb();
    const newer = sampleBundle();
    if (newer.plans?.[0])
      Object.assign(newer.plans[0], { revision: 2, title: 'November growth plan (revised)' });
    await importBundleFile(db, { name: 'new.json', text: JSON.stringify(newer) }, NOW);
    const outcome = await importBundleFile(db, { name: 'old.json', text: sampleBundleText() }, NOW);
    expect(outcome.ok && outcome.summary.plans).toEqual({ added: 0, updated: 0, unchanged: 1 });
    await expect(db.plans.get(PLAN_ID)).resolves.toMatchObject({ revision: 2 });
  });

  it('loads what was stored into a dataset that core evaluates like the bundle itself', async () => {
    const db = freshDb();
    await importBundleFile(db, { name: 'riley.onpace.json', text: sampleBundleText() }, NOW);
    const dataset = await loadStoredDataset(db);
    expect(dataset.kind).toBe('stored');
    const data = dataset.plans[0];
    if (!data) throw new Error('no plan loaded');
    const fromStore = evaluatePlan(data.plan, data.rollup, '2026-11-18T18:00:00Z');
    expect(fromStore.targets[0]?.actual).toBe(65_000);
    expect(data.notes).toHaveLength(1);
    expect(data.checkIns).toHaveLength(1);
  });
});
