/**
 * The overlay-state benchmark's body (TypeScript, loaded by bench/overlay-state.mjs through
 * Vite): the time the background takes to rebuild the overlay's state (`buildOverlayState`:
 * evaluate "my plan" now, notes, undo, sync summary) for a rep with 20,000 stored activities,
 * against the same for 200. The state evaluates from the rollup cache, so the ratio should
 * stay near 1 (goal: at most 1.5). fake-indexeddb stands in for the browser's IndexedDB, as
 * in the unit tests; the ratio, not the milliseconds, is the figure to watch.
 */
import { performance } from 'node:perf_hooks';
import type { Activity } from '@onpace/core/schemas';
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
  large.db.close();
  const smallMedian = median(smallMs);
  const largeMedian = median(largeMs);
  return [
    { name: 'overlay_state_200 median', value: smallMedian.toFixed(2), unit: 'ms' },
    { name: 'overlay_state_20k median', value: largeMedian.toFixed(2), unit: 'ms' },
    { name: 'overlay_state_20k_vs_200', value: (largeMedian / smallMedian).toFixed(2), unit: 'x' },
  ];
}
