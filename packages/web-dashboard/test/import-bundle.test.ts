import 'fake-indexeddb/auto';
import { evaluatePlan } from '@onpace/core/pace';
import { parseBundle } from '@onpace/core/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetFromBundle } from '../src/data/bundle-to-dataset';
import { OnPaceDashboardDb } from '../src/data/db';
import { importBundleFile, importBundleFiles } from '../src/data/import-bundle';
import { loadStoredDataset } from '../src/data/load-dataset';
import { RECORD_TABLES } from '../src/data/merge';
import { describeOutcome } from '../src/model/import-message';
import { PLAN_ID, sampleBundle, sampleBundleText, sampleEventCount } from './fixtures';
import { DISPUTED_DAY, LEDGER_PLAN_ID, ledgerBundle, ledgerEvents } from './ledger-fixture';

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
    // The file holds rows only: its plan, note, check-in and acknowledgment become events.
    expect(outcome.summary.events.added).toBe(sampleEventCount());
    expect(outcome.summary.activities.added).toBe(5);
    expect(describeOutcome(outcome)).toBe(
      `riley.onpace.json: added ${sampleEventCount()} plan record entries, 5 activities.`,
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
    await expect(db.events.count()).resolves.toBe(0);
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
    await expect(db.events.where('planId').equals(PLAN_ID).count()).resolves.toBe(sampleEventCount());
  });

  it('stores a version 2 ledger event by event: a later, longer copy adds only what is new', async () => {
    const db = freshDb();
    const early = await importBundleFile(
      db,
      { name: 'early.json', text: JSON.stringify(ledgerBundle(5)) },
      NOW,
    );
    expect(early.ok && early.summary.events).toEqual({ added: 5, updated: 0, unchanged: 0 });
    const full = ledgerEvents().length;
    const late = await importBundleFile(db, { name: 'late.json', text: JSON.stringify(ledgerBundle()) }, NOW);
    expect(late.ok && late.summary.events).toEqual({ added: full - 5, updated: 0, unchanged: 5 });
    await expect(db.events.count()).resolves.toBe(full);
    // The early file again changes nothing: the record only grows.
    const again = await importBundleFile(
      db,
      { name: 'early.json', text: JSON.stringify(ledgerBundle(5)) },
      NOW,
    );
    expect(again.ok && again.summary.events).toEqual({ added: 0, updated: 0, unchanged: 5 });
    const [data] = (await loadStoredDataset(db)).plans;
    expect(data?.ledger.revision).toBe(2);
  });

  it('does not fork a stored record with the rows of an older file, and says so', async () => {
    const db = freshDb();
    await importBundleFile(db, { name: 'riley.onpace.json', text: sampleBundleText() }, NOW);
    const before = await db.events.toArray();
    const older = { ...sampleBundle(), version: 1, exportedAt: '2026-11-20T22:00:00Z' };
    const plan = older.plans?.[0];
    if (plan) Object.assign(plan, { title: 'Changed in an older tool' });
    const outcome = await importBundleFile(db, { name: 'v1.json', text: JSON.stringify(older) }, NOW);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.summary.keptLedgers).toEqual([PLAN_ID]);
    expect(describeOutcome(outcome)).toContain(`the rows of ${PLAN_ID} were left out`);
    await expect(db.events.toArray()).resolves.toEqual(before);
    const [data] = (await loadStoredDataset(db)).plans;
    expect(data?.ledger.problems).toEqual([]);
    expect(data?.plan.title).toBe('November growth plan');
  });

  it('migrates a version 1 file into events when no record of its plan is stored', async () => {
    const db = freshDb();
    const v1 = { ...sampleBundle(), version: 1 };
    const outcome = await importBundleFile(db, { name: 'v1.json', text: JSON.stringify(v1) }, NOW);
    expect(outcome.ok && outcome.summary.events.added).toBe(sampleEventCount());
    const [data] = (await loadStoredDataset(db)).plans;
    expect(data?.ledger).toMatchObject({ lifecycle: 'active', revision: 1, acknowledgedCurrent: true });
    expect(data?.ledger.notes.map((note) => note.text)).toEqual(['Good start on pipeline.']);
    expect(data?.ledger.checkIns.map((checkIn) => checkIn.answer)).toEqual(['The Acme renewal.']);
  });

  it('counts through the ledger: the accepted dispute and the manual log move the figure', async () => {
    const db = freshDb();
    await importBundleFile(db, { name: 'ledger.json', text: JSON.stringify(ledgerBundle()) }, NOW);
    const [data] = (await loadStoredDataset(db)).plans;
    if (!data) throw new Error('no plan loaded');
    expect(data.plan.id).toBe(LEDGER_PLAN_ID);
    const asOf = '2026-11-07T04:59:00Z';
    const calls = evaluatePlan(data.plan, data.rollup, asOf).targets.find(
      (target) => target.targetId === 'calls',
    );
    // 3 CRM calls, 1 logged by hand, 2 added by the accepted dispute on the disputed day.
    expect(calls?.actual).toBe(6);
    const disputed = data.activities?.filter((activity) => activity.source === 'dispute') ?? [];
    expect(disputed.map((activity) => activity.id)).toEqual(['d-1#1', 'd-1#2']);
    expect(disputed.every((activity) => activity.occurredAt.startsWith(DISPUTED_DAY))).toBe(true);
    // Jo's private note stays in its own table and is shown apart from the shared record.
    expect(data.privateNotes.map((note) => note.id)).toEqual(['private-1']);
    expect(data.ledger.notes.map((note) => note.history.length)).toEqual([2]);
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
    expect(data.ledger.notes).toHaveLength(1);
    expect(data.ledger.checkIns).toHaveLength(1);
    expect(data.ledger.acknowledgedCurrent).toBe(true);
  });

  it('takes the daily totals an extension sent as they came, and says the figures come from them', async () => {
    const db = freshDb();
    const bundle = parseBundle(ledgerBundle());
    const [data] = datasetFromBundle(bundle, 'stored', null).plans;
    if (!data) throw new Error('no plan');
    // What a pull sends: the record and the rollup, no raw activity.
    const pull = {
      ...ledgerBundle(),
      activities: [],
      rollups: [{ planId: LEDGER_PLAN_ID, rollup: data.rollup }],
    };
    await importBundleFile(db, { name: 'pull.json', text: JSON.stringify(pull) }, NOW);
    const [stored] = (await loadStoredDataset(db)).plans;
    expect(stored?.countedFrom).toBe('sent-rollup');
    expect(stored?.rollup).toEqual(data.rollup);
    expect(data.countedFrom).toBe('activities');
  });
});
