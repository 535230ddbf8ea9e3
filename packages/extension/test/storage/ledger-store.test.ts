import { appendEvent, foldLedger, hashEvent } from '@onpace/core/ledger';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OnPaceDb } from '../../src/storage/db';
import {
  cachedFold,
  foldedPlan,
  forgetFolds,
  ledgerPlanIds,
  readPlanEvents,
  readPlanRows,
  rememberFold,
  storedEvent,
} from '../../src/storage/ledger-store';
import { LEDGER_MANAGER, LedgerScript } from '../support/ledger-script';
import { samplePlanInput } from '../support/sample-plan';

const opened: OnPaceDb[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database holding plan-dana's ledger (issued, activated, a note) and plan-lee's (issued). */
async function ledgerDb() {
  const db = new OnPaceDb(`ledger-store-${++counter}`);
  opened.push(db);
  const dana = new LedgerScript();
  dana.issue();
  dana.write(LEDGER_MANAGER, 'plan.activated', {});
  dana.write(LEDGER_MANAGER, 'note.added', { note: 'note-1', text: 'Block 9-11 for calls' });
  const leeEvents = [
    appendEvent([], {
      plan: 'plan-lee',
      author: LEDGER_MANAGER,
      at: '2026-03-02T15:00:00.000Z',
      type: 'plan.issued',
      body: { plan: samplePlanInput({ id: 'plan-lee', rep: { id: 'rep-lee', name: 'Lee Park' } }) },
    }),
  ];
  await db.events.bulkAdd([...leeEvents, ...dana.events].map(storedEvent));
  return { db, dana: dana.events };
}

describe('the stored ledger rows', () => {
  it('key each event by its hash and index it by plan, author and seq', () => {
    const script = new LedgerScript();
    const event = script.issue();
    expect(storedEvent(event)).toEqual({
      hash: hashEvent(event),
      planId: 'plan-dana',
      authorId: LEDGER_MANAGER.id,
      seq: event.seq,
      event,
    });
  });

  it("read one plan's events, no other plan's, and list each plan with a ledger once", async () => {
    const { db, dana } = await ledgerDb();
    const rows = await readPlanRows(db, 'plan-dana');
    expect(rows.map((row) => row.hash).sort()).toEqual(dana.map(hashEvent).sort());
    expect(new Set(rows.map((row) => row.planId))).toEqual(new Set(['plan-dana']));
    expect(await readPlanEvents(db, 'plan-dana')).toEqual(rows.map((row) => row.event));
    expect(await ledgerPlanIds(db)).toEqual(['plan-dana', 'plan-lee']);
    expect(await readPlanEvents(db, 'plan-none')).toEqual([]);
  });
});

describe('the fold cache', () => {
  it("folds a plan's events once and answers the same fold until a write forgets it", async () => {
    const { db, dana } = await ledgerDb();
    const first = await foldedPlan(db, 'plan-dana');
    expect(first.state).toEqual(foldLedger(dana));
    expect(first.state.notes.map((note) => note.id)).toEqual(['note-1']);
    expect(first.hashes).toEqual(new Set(dana.map(hashEvent)));
    expect(await foldedPlan(db, 'plan-dana')).toBe(first);

    // A write's new event is seen once the write forgets the plan's fold.
    const script = new LedgerScript();
    script.events.push(...dana);
    const added = script.write(LEDGER_MANAGER, 'note.added', {
      note: 'note-2',
      text: 'Call the top ten first',
    });
    await db.events.add(storedEvent(added));
    expect(await foldedPlan(db, 'plan-dana')).toBe(first);
    forgetFolds(db, ['plan-dana']);
    const after = await foldedPlan(db, 'plan-dana');
    expect(after).not.toBe(first);
    expect(after.state.notes.map((note) => note.id)).toEqual(['note-1', 'note-2']);
  });

  it('forgets only the plans named, or every plan when none is named', async () => {
    const { db } = await ledgerDb();
    const dana = await foldedPlan(db, 'plan-dana');
    const lee = await foldedPlan(db, 'plan-lee');
    forgetFolds(db, ['plan-lee']);
    expect(await foldedPlan(db, 'plan-dana')).toBe(dana);
    const leeAgain = await foldedPlan(db, 'plan-lee');
    expect(leeAgain).not.toBe(lee);
    forgetFolds(db);
    expect(await foldedPlan(db, 'plan-dana')).not.toBe(dana);
    expect(await foldedPlan(db, 'plan-lee')).not.toBe(leeAgain);
  });

  it('does not keep a fold read while a write forgot a plan, nor while one remembered a fold', async () => {
    const { db } = await ledgerDb();
    // The read starts, then a write (of any plan) forgets before the read's rows arrive.
    const pending = foldedPlan(db, 'plan-dana');
    forgetFolds(db, ['plan-lee']);
    const stale = await pending;
    expect(await foldedPlan(db, 'plan-dana')).not.toBe(stale);

    const lee = await foldedPlan(db, 'plan-lee');
    forgetFolds(db);
    const racing = foldedPlan(db, 'plan-dana');
    rememberFold(db, 'plan-lee', lee);
    const read = await racing;
    expect(await foldedPlan(db, 'plan-dana')).not.toBe(read);

    // With no write in between, the fold read is kept.
    forgetFolds(db);
    const kept = await foldedPlan(db, 'plan-dana');
    expect(await foldedPlan(db, 'plan-dana')).toBe(kept);
  });

  it('remembers the fold a write computed, and answers it for exactly the rows it was folded from', async () => {
    const { db } = await ledgerDb();
    const rows = await readPlanRows(db, 'plan-dana');
    expect(cachedFold(db, 'plan-dana', rows)).toBeNull();

    const events = rows.map((row) => row.event);
    const folded = { events, hashes: new Set(rows.map((row) => row.hash)), state: foldLedger(events) };
    rememberFold(db, 'plan-dana', folded);
    expect(await foldedPlan(db, 'plan-dana')).toBe(folded);
    expect(cachedFold(db, 'plan-dana', rows)).toBe(folded);
    expect(cachedFold(db, 'plan-dana', [...rows].reverse())).toBe(folded);

    // One row fewer, one more, or as many rows but another event: not the cached fold.
    expect(cachedFold(db, 'plan-dana', rows.slice(1))).toBeNull();
    const lee = await readPlanRows(db, 'plan-lee');
    expect(cachedFold(db, 'plan-dana', [...rows, ...lee])).toBeNull();
    expect(cachedFold(db, 'plan-dana', [...rows.slice(1), ...lee])).toBeNull();
    expect(cachedFold(db, 'plan-lee', lee)).toBeNull();
  });

  it('keeps each database its own cache', async () => {
    const first = await ledgerDb();
    const second = await ledgerDb();
    const folded = await foldedPlan(first.db, 'plan-dana');
    expect(await foldedPlan(second.db, 'plan-dana')).not.toBe(folded);
    forgetFolds(second.db);
    expect(await foldedPlan(first.db, 'plan-dana')).toBe(folded);
  });
});
