/**
 * One plan's sync from one CRM: a pass (full or incremental) read page by page, each page
 * committed with the cursor that says where the next one starts. Whatever stops it (a fault, a
 * long rate-limit wait, the worker being killed) leaves stored activity as it was and the cursor
 * at the last committed page: the next run resumes there, and since every write is an upsert
 * keyed by (source, id, metric), a page read twice never counts twice.
 */
import { DEFAULT_COUNTING, type MappingProblem } from '@onpace/core/crm';
import type { SyncClock } from './clock';
import type { Connector, SourceReader } from './connector';
import { tombstonesForMissing } from './deletions';
import { type FaultContext, syncFaultOf } from './fault-messages';
import type { ScopedPlan } from './plan-scope';
import { planWindow } from './plan-window';
import {
  emptySyncState,
  type ObjectProgress,
  type PassCursor,
  type SyncFault,
  type SyncProblems,
  type SyncState,
} from './state';
import type { SyncStore } from './store';
import { syncKey } from './sync-key';
import type { UsageTracker } from './usage';

/** Deletions only show in a full read (deletions.ts): one a day is the default. */
export const FULL_RESYNC_EVERY_MS = 24 * 3_600_000;
/**
 * A new mark lies this far before the server time the object's read began: HubSpot's search index
 * trails writes by seconds, and records committed while a query started may carry an earlier
 * stamp. Re-reading a few minutes of changes costs nothing when nothing changed.
 */
export const MARK_LOOKBACK_MS = 2 * 60_000;
/** Without a `Date` header the local clock stands in, allowing for this much skew. */
const CLOCK_SKEW_MS = 5 * 60_000;
const MAX_PROBLEM_SAMPLE = 20;

export interface SourceRunDeps {
  readonly store: SyncStore;
  readonly clock: SyncClock;
  readonly usage: UsageTracker;
  readonly fullResyncEveryMs?: number;
  readonly lookbackMs?: number;
}

export interface SourceRunOptions {
  /** Ignore a fault's `retryAt` (the user asked for a sync now). */
  readonly force: boolean;
  /** Only resume a pass in flight or a wait that has ended. */
  readonly onlyPending: boolean;
}

export type SourceOutcome =
  | {
      readonly kind: 'synced';
      readonly pass: PassCursor['kind'];
      readonly pages: number;
      readonly records: number;
      readonly written: number;
    }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'waiting'; readonly until: string }
  | { readonly kind: 'fault'; readonly fault: SyncFault; readonly written: number };

const iso = (ms: number) => new Date(ms).toISOString();

function addProblems(problems: SyncProblems, more: readonly MappingProblem[]): SyncProblems {
  if (more.length === 0) return problems;
  const room = MAX_PROBLEM_SAMPLE - problems.sample.length;
  const sample =
    room > 0 ? [...problems.sample, ...more.slice(0, room).map((p) => ({ ...p }))] : problems.sample;
  return { count: problems.count + more.length, sample };
}

function needsFullPass(
  state: SyncState,
  key: string,
  reader: SourceReader,
  nowMs: number,
  everyMs: number,
): boolean {
  if (state.syncKey !== key || state.lastFullSyncAt === null) return true;
  if (reader.objectTypes.some((objectType) => state.marks[objectType] === undefined)) return true;
  return nowMs - Date.parse(state.lastFullSyncAt) >= everyMs;
}

function isInconclusive(progress: ObjectProgress): boolean {
  return progress.crm === 'hubspot' && progress.mode === 'ranges' && progress.inconclusive;
}

function seenOf(progress: ObjectProgress): readonly string[] | null {
  if (progress.crm === 'salesforce') return progress.seen;
  return progress.mode === 'ranges' ? progress.seen : null;
}

export async function syncPlanSource(
  deps: SourceRunDeps,
  connector: Connector,
  scoped: ScopedPlan,
  options: SourceRunOptions,
): Promise<SourceOutcome> {
  const { store, clock } = deps;
  const { plan, isMine } = scoped;
  const source = connector.source;
  const startedMs = clock.now();
  const definitions = plan.counting ?? DEFAULT_COUNTING;
  const window = planWindow(plan);
  let state = (await store.getState(plan.id, source)) ?? emptySyncState(plan.id, source);

  const retryAtMs = state.fault?.retryAt ? Date.parse(state.fault.retryAt) : null;
  if (options.onlyPending && state.cursor === null && retryAtMs === null) {
    return { kind: 'skipped', reason: 'nothing to resume' };
  }
  if (!options.force && retryAtMs !== null && retryAtMs > startedMs) {
    return { kind: 'waiting', until: iso(retryAtMs) };
  }

  const opened = await connector.open({ plan, isMine, definitions, window, state, nowMs: startedMs });
  if (opened.kind === 'skip') return { kind: 'skipped', reason: opened.reason };
  if (opened.kind === 'fault') {
    await store.putState({ ...state, lastRunAt: iso(startedMs), fault: opened.fault });
    return { kind: 'fault', fault: opened.fault, written: 0 };
  }
  const reader = opened.reader;
  const key = syncKey({
    source,
    window,
    timeZone: plan.timeZone,
    crmUserId: reader.identity.crmUserId,
    definitions,
  });

  let cursor = state.cursor;
  // A pass begun for another window, rep or rule set (the plan was edited), or saved by another
  // version of the extension, cannot be resumed: a new one starts.
  if (cursor !== null && (cursor.key !== key || (cursor.object !== null && !reader.accepts(cursor.object)))) {
    cursor = null;
  }
  const resumed = cursor !== null;
  if (cursor === null) {
    const full = needsFullPass(state, key, reader, startedMs, deps.fullResyncEveryMs ?? FULL_RESYNC_EVERY_MS);
    cursor = {
      kind: full ? 'full' : 'incremental',
      key,
      startedAt: iso(startedMs),
      window,
      objectIndex: 0,
      object: null,
      inconclusive: false,
      records: 0,
    };
  }
  state = {
    ...state,
    lastRunAt: iso(startedMs),
    identity: reader.identity,
    cursor,
    ...(resumed ? {} : { problems: { count: 0, sample: [] }, notice: null }),
  };
  const faultContext = (retryAt: number | null): FaultContext => ({
    nowMs: clock.now(),
    repName: plan.rep.name,
    isMine,
    timeZone: plan.timeZone,
    retryAtMs: retryAt,
  });

  let pages = 0;
  let written = 0;
  const lookback = deps.lookbackMs ?? MARK_LOOKBACK_MS;
  while (cursor.objectIndex < reader.objectTypes.length) {
    const objectType = reader.objectTypes[cursor.objectIndex] as string;
    const progress = cursor.object ?? reader.firstProgress(objectType, cursor);
    const result = await reader.nextPage(objectType, cursor, progress);
    const skipped = result.ok ? null : (reader.skippable?.(objectType, result.fault) ?? null);
    if (skipped !== null) {
      // Out of reach, not failing: nothing stored of it is retracted (it was not read). Its mark
      // is 0, "read it all": later passes stay incremental for the rest and ask again from the
      // start, so once access comes back every record of the window is read at once.
      const next: PassCursor = { ...cursor, objectIndex: cursor.objectIndex + 1, object: null };
      state = { ...state, cursor: next, notice: skipped, marks: { ...state.marks, [objectType]: 0 } };
      await store.putState(state);
      cursor = next;
      continue;
    }
    if (!result.ok) {
      const fault = syncFaultOf(result.fault, faultContext(result.retryAtMs));
      // Stored activity is untouched; the cursor still points at the page that failed.
      state = { ...state, fault, apiUsage: deps.usage.usage(source) ?? state.apiUsage };
      await store.putState(state);
      return { kind: 'fault', fault, written };
    }
    const { step } = result;
    pages += 1;
    const activities = [...step.activities];
    let next: PassCursor;
    let marks = state.marks;
    if (step.done) {
      const seen = seenOf(step.progress);
      const inconclusive = isInconclusive(step.progress);
      if (cursor.kind === 'full' && seen !== null && !inconclusive) {
        const missing = await tombstonesForMissing(store, {
          repId: plan.rep.id,
          source,
          metrics: reader.metricsOf(objectType),
          window: cursor.window,
          seen,
        });
        activities.push(...missing);
      }
      const base = step.progress.serverStartMs ?? Date.parse(cursor.startedAt) - CLOCK_SKEW_MS;
      const mark = Math.max(0, base - lookback);
      // A full read re-bases the mark; an incremental one only moves it forward.
      const kept = cursor.kind === 'full' ? mark : Math.max(marks[objectType] ?? 0, mark);
      marks = { ...marks, [objectType]: kept };
      next = {
        ...cursor,
        objectIndex: cursor.objectIndex + 1,
        object: null,
        inconclusive: cursor.inconclusive || inconclusive,
        records: cursor.records + step.recordCount,
      };
    } else {
      next = { ...cursor, object: step.progress, records: cursor.records + step.recordCount };
    }
    state = {
      ...state,
      marks,
      cursor: next,
      problems: addProblems(state.problems, step.problems),
      apiUsage: deps.usage.usage(source) ?? state.apiUsage,
    };
    written += await store.commit({ state, repId: plan.rep.id, activities });
    cursor = next;
  }

  const finishedMs = clock.now();
  // An object left out (mark 0) was not synced up to anything: it does not hold the mark back.
  const markValues = reader.objectTypes
    .map((objectType) => state.marks[objectType] ?? 0)
    .filter((mark) => mark > 0);
  const complete = cursor.kind === 'full' && !cursor.inconclusive;
  state = {
    ...state,
    cursor: null,
    fault: null,
    lastSuccessAt: iso(finishedMs),
    highWaterMark: markValues.length === 0 ? state.highWaterMark : iso(Math.min(...markValues)),
    lastFullSyncAt: complete ? cursor.startedAt : state.lastFullSyncAt,
    syncKey: complete ? key : state.syncKey,
    notice:
      cursor.kind === 'full' && !isMine && cursor.records === 0
        ? `No ${source === 'salesforce' ? 'Salesforce' : 'HubSpot'} activity of ${plan.rep.name} is visible to you in this plan's window. If ${plan.rep.name} has activity, your access may not include their records: ask your admin, or have ${plan.rep.name} sync from their own browser.`
        : state.notice,
  };
  await store.putState(state);
  return { kind: 'synced', pass: cursor.kind, pages, records: cursor.records, written };
}
