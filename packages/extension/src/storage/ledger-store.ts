/**
 * The plan ledgers as stored (the `events` table) and their folds. Every view reads a plan's
 * state through `foldedPlan`, which keeps the fold per plan in memory: a popup or overlay
 * refresh then costs a lookup, not a fold. Every write that adds or removes events drops the
 * plan's entry (`forgetFolds`), inside and after its transaction, and a fold read while a
 * write was under way is not kept (the generation check), so the cache never outlives a change.
 */
import { foldLedger, hashEvent, type LedgerEventInput, type LedgerState } from '@onpace/core/ledger';
import type { OnPaceDb } from './db';
import type { StoredEvent } from './records';

export interface FoldedPlan {
  readonly events: readonly LedgerEventInput[];
  /** The events' hashes, as stored beside them. */
  readonly hashes: ReadonlySet<string>;
  readonly state: LedgerState;
}

interface FoldCache {
  readonly folds: Map<string, FoldedPlan>;
  generation: number;
}

const caches = new WeakMap<OnPaceDb, FoldCache>();

function cacheOf(db: OnPaceDb): FoldCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { folds: new Map(), generation: 0 };
    caches.set(db, cache);
  }
  return cache;
}

export function storedEvent(event: LedgerEventInput): StoredEvent {
  return { hash: hashEvent(event), planId: event.plan, authorId: event.author.id, seq: event.seq, event };
}

/** A plan's stored events straight from the table (inside a write's transaction, say). */
export function readPlanRows(db: OnPaceDb, planId: string): Promise<StoredEvent[]> {
  return db.events.where('planId').equals(planId).toArray();
}

export async function readPlanEvents(db: OnPaceDb, planId: string): Promise<LedgerEventInput[]> {
  return (await readPlanRows(db, planId)).map((row) => row.event);
}

/** The ids of every plan that has a ledger. */
export async function ledgerPlanIds(db: OnPaceDb): Promise<string[]> {
  return (await db.events.orderBy('planId').uniqueKeys()).map(String);
}

/** Drops the cached folds of these plans (all plans when none are named). */
export function forgetFolds(db: OnPaceDb, planIds?: Iterable<string>): void {
  const cache = cacheOf(db);
  // Stryker disable next-line UpdateOperator: any change of the generation stops a read under way from being kept
  cache.generation++;
  if (planIds === undefined) cache.folds.clear();
  else for (const planId of planIds) cache.folds.delete(planId);
}

/** Keeps a fold just computed by a write, after its transaction committed. */
export function rememberFold(db: OnPaceDb, planId: string, folded: FoldedPlan): void {
  const cache = cacheOf(db);
  // Stryker disable next-line UpdateOperator: any change of the generation stops a read under way from being kept
  cache.generation++;
  cache.folds.set(planId, folded);
}

/**
 * The cached fold, when it was folded from exactly these events (the plan's rows, read inside a
 * write's transaction): the write then folds once, not twice. The background is the ledger's
 * only writer and every change drops the entry; the check still compares the stored hashes,
 * so a stale entry is never used.
 */
export function cachedFold(db: OnPaceDb, planId: string, rows: readonly StoredEvent[]): FoldedPlan | null {
  const cached = cacheOf(db).folds.get(planId);
  if (!cached || cached.hashes.size !== rows.length) return null;
  return rows.every((row) => cached.hashes.has(row.hash)) ? cached : null;
}

/** The plan's events and their fold, from the cache when it holds them. */
export async function foldedPlan(db: OnPaceDb, planId: string): Promise<FoldedPlan> {
  const cache = cacheOf(db);
  const cached = cache.folds.get(planId);
  if (cached) return cached;
  const generation = cache.generation;
  const rows = await readPlanRows(db, planId);
  const events = rows.map((row) => row.event);
  const folded = { events, hashes: new Set(rows.map((row) => row.hash)), state: foldLedger(events) };
  if (cache.generation === generation) cache.folds.set(planId, folded);
  return folded;
}
