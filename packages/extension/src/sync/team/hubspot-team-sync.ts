/**
 * A manager's HubSpot sync of their whole team: one search per object type with an `IN` filter
 * on `hubspot_owner_id` (core's `hubspotSearchBody` with `ownerIds`; a team of more than 100
 * owners is read in groups of 100), over the range every plan needs, baselines included. A full
 * read splits the range under the search's 10,000-result cap (core's `splitRange`); an
 * incremental read asks for what changed since the mark, oldest change first, and moves its own
 * mark up before paging would reach the cap. Each page's results are split by owner, mapped in
 * that rep's plan zone and committed with the cursor, so Stop and a closed worker resume there.
 */
import {
  activitiesFromHubSpot,
  type CountingDefinitions,
  type CrmFault,
  DEFAULT_COUNTING,
  HUBSPOT_MAX_IN_VALUES,
  HUBSPOT_OBJECT_TYPES,
  HUBSPOT_SEARCH_PAGE_LIMIT,
  HUBSPOT_SEARCH_RESULT_CAP,
  type HubSpotObjectType,
  HubSpotSearchPage,
  hubspotSearchBody,
  hubspotSearchPath,
  splitRange,
} from '@onpace/core/crm';
import type { ScopedTeamPlan, TeamQuery } from '@onpace/core/identity';
import type { Activity } from '@onpace/core/schemas';
import type { CrmHttp } from '../http';
import { HUBSPOT_API_HOST } from '../hubspot/identity';
import { resultFacts } from '../hubspot/results';
import { type TeamRead, teamReads } from './team-reads';
import { type HubSpotTeamCursor, type HubSpotTeamState, type TeamSyncStore, teamKeyOf } from './team-state';

const MARK_LOOKBACK_MS = 2 * 60_000;

export type HubSpotTeamRead = TeamRead<HubSpotObjectType>;

/** Each object type for each group of at most 100 owners: one read each. */
export function hubspotTeamReads(ownerIds: readonly string[]): HubSpotTeamRead[] {
  return teamReads(HUBSPOT_OBJECT_TYPES, ownerIds, HUBSPOT_MAX_IN_VALUES);
}

export interface HubSpotTeamProgress {
  readonly objectType: HubSpotObjectType;
  readonly readIndex: number;
  readonly readCount: number;
  readonly read: number;
  readonly total: number;
}

export interface HubSpotTeamSyncOptions {
  readonly http: CrmHttp;
  readonly store: TeamSyncStore;
  readonly token: string;
  readonly query: TeamQuery;
  readonly nowMs: () => number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: HubSpotTeamProgress) => void;
  readonly full?: boolean;
  /** Page size and result cap (HubSpot's 200 and 10,000); tests lower them. */
  readonly pageLimit?: number;
  readonly resultCap?: number;
}

export type HubSpotTeamOutcome =
  | { readonly kind: 'synced'; readonly pages: number; readonly records: number; readonly written: number }
  | { readonly kind: 'stopped'; readonly pages: number; readonly written: number }
  | {
      readonly kind: 'fault';
      readonly fault: CrmFault;
      readonly retryAtMs: number | null;
      readonly written: number;
    };

function definitionsOf(entry: ScopedTeamPlan): CountingDefinitions {
  return entry.plan.counting ?? DEFAULT_COUNTING;
}

function firstCursor(
  readIndex: number,
  range: { fromMs: number; toMs: number },
  incremental: boolean,
  sinceMs: number | null,
): HubSpotTeamCursor {
  return {
    readIndex,
    ranges: [range],
    rangeIndex: 0,
    after: '0',
    newestModifiedMs: null,
    startedAtMs: null,
    incremental,
    sinceMs,
  };
}

function freshState(query: TeamQuery, previous: HubSpotTeamState | null, full: boolean): HubSpotTeamState {
  const teamKey = teamKeyOf(query.ownerIds);
  const same =
    previous !== null &&
    previous.teamKey === teamKey &&
    previous.fromMs <= query.range.fromMs &&
    previous.toMs >= query.range.toMs;
  if (same && previous.cursor !== null) return previous;
  const marks = same && !full ? previous.marks : {};
  const firstKey = hubspotTeamReads(query.ownerIds)[0]?.key ?? '';
  const since = marks[firstKey];
  return {
    source: 'hubspot',
    teamKey,
    fromMs: query.range.fromMs,
    toMs: query.range.toMs,
    marks,
    cursor: firstCursor(0, query.range, since !== undefined, since ?? null),
    lastCompletedAt: previous?.lastCompletedAt ?? null,
  };
}

/** Results split by owner, each rep's mapped with their first plan (by id). */
function mapByRep(
  objectType: HubSpotObjectType,
  results: readonly unknown[],
  plans: readonly ScopedTeamPlan[],
): { repId: string; activities: Activity[] }[] {
  const firstPlanOfRep = new Map<string, ScopedTeamPlan>();
  for (const entry of [...plans].sort((a, b) => a.plan.id.localeCompare(b.plan.id))) {
    if (!firstPlanOfRep.has(entry.plan.rep.id)) firstPlanOfRep.set(entry.plan.rep.id, entry);
  }
  const ownerOf = (result: unknown): string | null => {
    if (typeof result !== 'object' || result === null) return null;
    const properties = (result as { properties?: unknown }).properties;
    if (typeof properties !== 'object' || properties === null) return null;
    const owner = (properties as Record<string, unknown>).hubspot_owner_id;
    return typeof owner === 'string' ? owner : null;
  };
  const out: { repId: string; activities: Activity[] }[] = [];
  for (const [repId, entry] of firstPlanOfRep) {
    const mine = results.filter((result) => ownerOf(result) === entry.ownerId);
    if (mine.length === 0) continue;
    const mapped = activitiesFromHubSpot(objectType, mine, definitionsOf(entry), {
      timeZone: entry.plan.timeZone,
    });
    out.push({ repId, activities: mapped.activities });
  }
  return out;
}

export async function syncHubSpotTeam(options: HubSpotTeamSyncOptions): Promise<HubSpotTeamOutcome> {
  const { http, store, query } = options;
  if (query.crm !== 'hubspot') throw new RangeError('a HubSpot team sync needs a HubSpot team query');
  const reads = hubspotTeamReads(query.ownerIds);
  const limit = options.pageLimit ?? HUBSPOT_SEARCH_PAGE_LIMIT;
  const cap = options.resultCap ?? HUBSPOT_SEARCH_RESULT_CAP;
  let state = freshState(query, await store.getTeamState('hubspot'), options.full === true);
  let pages = 0;
  let records = 0;
  let written = 0;
  let readSoFar = 0;

  while (state.cursor !== null) {
    if (options.signal?.aborted === true) return { kind: 'stopped', pages, written };
    const cursor = state.cursor;
    const read = reads[cursor.readIndex];
    const range = cursor.ranges[cursor.rangeIndex];
    if (read === undefined || range === undefined) throw new RangeError('team cursor out of bounds');
    const body = hubspotSearchBody(read.objectType, {
      ownerId: '',
      ownerIds: read.ownerIds,
      fromMs: range.fromMs,
      toMs: range.toMs,
      limit,
      after: cursor.after,
      ...(cursor.sinceMs === null ? {} : { modifiedSinceMs: cursor.sinceMs }),
    });
    const answer = await http.call({
      crm: 'hubspot',
      url: `https://${HUBSPOT_API_HOST}${hubspotSearchPath(read.objectType)}`,
      token: options.token,
      schema: HubSpotSearchPage,
      json: body,
      paced: true,
    });
    if (!answer.ok) return { kind: 'fault', fault: answer.fault, retryAtMs: answer.retryAtMs, written };
    const page = answer.data;
    pages += 1;
    const startedAtMs = cursor.startedAtMs ?? answer.serverTimeMs ?? options.nowMs();

    // A full read over the cap: split the range and read its parts (this page is read again there).
    if (!cursor.incremental && cursor.after === '0' && page.total > cap) {
      const parts = splitRange(range, page.total, { cap });
      const ranges = cursor.ranges.toSpliced(cursor.rangeIndex, 1, ...parts);
      state = { ...state, cursor: { ...cursor, ranges, startedAtMs } };
      continue;
    }
    records += page.results.length;
    readSoFar =
      cursor.after === '0' && cursor.rangeIndex === 0 ? page.results.length : readSoFar + page.results.length;
    const facts = resultFacts(page.results);
    const newest =
      facts.newestModifiedMs === null
        ? cursor.newestModifiedMs
        : Math.max(cursor.newestModifiedMs ?? facts.newestModifiedMs, facts.newestModifiedMs);
    const nextAfter = page.paging?.next?.after;
    let nextCursor: HubSpotTeamCursor | null;
    let marks = state.marks;
    if (nextAfter !== undefined && Number(nextAfter) + limit <= cap) {
      nextCursor = { ...cursor, after: nextAfter, newestModifiedMs: newest, startedAtMs };
    } else if (nextAfter !== undefined && cursor.incremental && newest !== null) {
      // Paging would pass the cap: the changes are sorted oldest first, so go on from the newest read.
      nextCursor = { ...cursor, after: '0', sinceMs: newest, newestModifiedMs: newest, startedAtMs };
    } else if (cursor.rangeIndex + 1 < cursor.ranges.length) {
      nextCursor = {
        ...cursor,
        rangeIndex: cursor.rangeIndex + 1,
        after: '0',
        newestModifiedMs: newest,
        startedAtMs,
      };
    } else {
      marks = { ...marks, [read.key]: startedAtMs - MARK_LOOKBACK_MS };
      const following = reads[cursor.readIndex + 1];
      const since = following === undefined ? undefined : state.marks[following.key];
      nextCursor =
        following === undefined
          ? null
          : firstCursor(
              cursor.readIndex + 1,
              { fromMs: state.fromMs, toMs: state.toMs },
              since !== undefined && options.full !== true,
              options.full === true ? null : (since ?? null),
            );
    }
    const next: HubSpotTeamState = {
      ...state,
      marks,
      cursor: nextCursor,
      lastCompletedAt: nextCursor === null ? new Date(options.nowMs()).toISOString() : state.lastCompletedAt,
    };
    written += await store.commitTeamPage({
      state: next,
      byRep: mapByRep(read.objectType, page.results, query.plans),
    });
    state = next;
    options.onProgress?.({
      objectType: read.objectType,
      readIndex: cursor.readIndex,
      readCount: reads.length,
      read: readSoFar,
      total: page.total,
    });
  }
  return { kind: 'synced', pages, records, written };
}
