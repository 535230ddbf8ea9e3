/**
 * The overlay-state benchmark's body (TypeScript, loaded by bench/overlay-state.mjs through
 * Vite): the time the background takes to rebuild the overlay's state (`buildOverlayState`:
 * evaluate "my plan" now, notes, undo, sync summary) for a rep with 20,000 stored activities,
 * against the same for 200. The state evaluates from the rollup cache, so the ratio should
 * stay near 1 (goal: at most 1.5). fake-indexeddb stands in for the browser's IndexedDB, as
 * in the unit tests; the ratio, not the milliseconds, is the figure to watch.
 *
 * Then the same 20,000 with a plan ledger a long plan reaches (300 events: manual logs, notes,
 * accepted disputes): the state still comes from the cache plus the ledger's adjustment, so it
 * should cost about the same; and one more write through the background's append (read the
 * plan's events, chain, fold, store), which the popup waits for.
 */
import { performance } from 'node:perf_hooks';
import type { Activity } from '@onpace/core/schemas';
import { runLedgerWrite } from '../src/background/ledger-writes';
import { addNote } from '../src/background/notes';
import { buildOverlayState } from '../src/background/overlay-state';
import { savePlan } from '../src/background/plans';
import { DexieSyncStore } from '../src/sync/dexie-store';
import { emptySyncState } from '../src/sync/state';
import { createTestEnv } from '../test/support/background-env';
import { samplePlanInput } from '../test/support/sample-plan';

export interface BenchLine {
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
}

const RUNS = 101;
const DAY_MS = 86_400_000;
/** The plan window and the 90 days before it, where a rep's history lies. */
const FIRST_MS = Date.parse('2025-12-02T14:00:00Z');
const SPAN_DAYS = 115;

function activities(count: number): Activity[] {
  const metrics = ['calls', 'opportunities_created', 'pipeline_created'] as const;
  return Array.from({ length: count }, (_, index) => {
    const metric = metrics[index % 3] as (typeof metrics)[number];
    const at = new Date(FIRST_MS + (index % SPAN_DAYS) * DAY_MS + (index % 480) * 60_000).toISOString();
    return {
      source: 'hubspot',
      id: `a${index}`,
      metric,
      occurredAt: at,
      modifiedAt: at,
      ...(metric === 'pipeline_created' ? { amount: 1000 } : {}),
    };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** A background with "my plan" and `count` activities of its rep, stored as the sync stores them. */
async function envWith(count: number) {
  const env = createTestEnv('2026-03-11T15:00:00Z');
  const saved = await savePlan(env, 'create', samplePlanInput());
  if (!saved.ok) throw new Error(saved.error);
  // Pages of activities, each committed with its rollup refresh, as the sync does.
  const store = new DexieSyncStore({ db: env.db, now: () => env.now() });
  const all = activities(count);
  for (let from = 0; from < all.length; from += 5_000) {
    await store.commit({
      state: emptySyncState(saved.plan.id, 'hubspot'),
      repId: saved.plan.rep.id,
      activities: all.slice(from, from + 5_000),
    });
  }
  if ((await env.db.activities.count()) !== count) throw new Error(`expected ${count} stored activities`);
  return env;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** About 300 events: what a 90-day plan's ledger holds near its end. */
async function growLedger(env: Awaited<ReturnType<typeof envWith>>): Promise<void> {
  const at = Date.parse('2026-03-11T15:00:00Z');
  for (let index = 0; index < 100; index++) {
    env.setNow(new Date(at + index * 60_000).toISOString());
    const metric = index % 2 === 0 ? 'calls' : 'opportunities_created';
    const logged = await runLedgerWrite(env, { type: 'activity/add', planId: 'plan-dana', metric });
    if (!logged.ok) throw new Error(logged.error);
    const noted = await addNote(env, {
      planId: 'plan-dana',
      as: index % 3 === 0 ? 'rep' : 'manager',
      text: `Note ${index}`,
      visibility: 'shared',
      record: null,
    });
    if (!noted.ok) throw new Error(noted.error);
    const opened = await runLedgerWrite(env, {
      type: 'disputes/open',
      planId: 'plan-dana',
      metric: 'calls',
      date: '2026-03-10',
      kind: 'missing',
      amount: 1,
      text: `Missing call ${index}`,
    });
    if (!opened.ok) throw new Error(opened.error);
  }
}

export async function runOverlayStateBench(): Promise<BenchLine[]> {
  const small = await envWith(200);
  const large = await envWith(20_000);
  // Turns, after a warm-up, so JIT and machine load weigh on both sizes alike.
  for (let warm = 0; warm < 20; warm++) {
    await buildOverlayState(small);
    await buildOverlayState(large);
  }
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    smallMs.push(await timed(() => buildOverlayState(small)));
    largeMs.push(await timed(() => buildOverlayState(large)));
  }
  small.db.close();

  await growLedger(large);
  const events = await large.db.events.count();
  const ledgerMs: number[] = [];
  const appendMs: number[] = [];
  for (let run = 0; run < 21; run++) {
    ledgerMs.push(await timed(() => buildOverlayState(large)));
    large.setNow(new Date(Date.parse('2026-03-11T18:00:00Z') + run * 1000).toISOString());
    appendMs.push(
      await timed(() =>
        addNote(large, {
          planId: 'plan-dana',
          as: 'manager',
          text: `Bench ${run}`,
          visibility: 'shared',
          record: null,
        }),
      ),
    );
  }
  large.db.close();
  const smallMedian = median(smallMs);
  const largeMedian = median(largeMs);
  return [
    {
      name: `overlay_state_20k_ledger_${events}_events median`,
      value: median(ledgerMs).toFixed(2),
      unit: 'ms',
    },
    {
      name: `extension_ledger_append_${events}_events median`,
      value: median(appendMs).toFixed(2),
      unit: 'ms',
    },
    { name: 'overlay_state_200 median', value: smallMedian.toFixed(2), unit: 'ms' },
    { name: 'overlay_state_20k median', value: largeMedian.toFixed(2), unit: 'ms' },
    { name: 'overlay_state_20k_vs_200', value: (largeMedian / smallMedian).toFixed(2), unit: 'x' },
  ];
}
