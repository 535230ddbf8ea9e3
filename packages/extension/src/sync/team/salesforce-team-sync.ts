/**
 * A manager's Salesforce sync of their whole team: one `OwnerId IN (…)` query per object type
 * (core's `soqlForTeam`) over the range every plan needs, baselines included, page by page along
 * `nextRecordsUrl`. Each page's records are split by owner and mapped in that rep's plan zone,
 * then committed with the cursor, so a stopped sync (the user's Stop, a closed worker, a fault)
 * resumes where it was. Incremental passes read only what changed since each object type's mark.
 * In a rep's browser the same code runs with the rep's own id alone (core's `syncScope`).
 */
import {
  activitiesFromSalesforce,
  type CountingDefinitions,
  type CrmFault,
  DEFAULT_COUNTING,
  SALESFORCE_OBJECT_TYPES,
  type SalesforceObjectType,
  SalesforceQueryPage,
  SOQL_MAX_OWNER_IDS,
  salesforceQueryPath,
  salesforceUserField,
  soqlForTeam,
} from '@onpace/core/crm';
import type { ScopedTeamPlan, TeamQuery } from '@onpace/core/identity';
import type { Activity } from '@onpace/core/schemas';
import type { CrmHttp } from '../http';
import { salesforceLightningHost } from '../salesforce/host';
import { recordFacts } from '../salesforce/records';
import { type TeamRead, teamReads } from './team-reads';
import { type SalesforceTeamState, type TeamCursor, type TeamSyncStore, teamKeyOf } from './team-state';

/** The mark starts this far before the query's server time: records committed meanwhile are read again. */
const MARK_LOOKBACK_MS = 2 * 60_000;

export type SalesforceTeamRead = TeamRead<SalesforceObjectType>;

/** Each object type for each group of at most `SOQL_MAX_OWNER_IDS` owners: one query each. */
export function salesforceTeamReads(ownerIds: readonly string[]): SalesforceTeamRead[] {
  return teamReads(SALESFORCE_OBJECT_TYPES, ownerIds, SOQL_MAX_OWNER_IDS);
}

export interface TeamSyncProgress {
  readonly objectType: SalesforceObjectType;
  readonly readIndex: number;
  readonly readCount: number;
  /** Records read of this object type so far in this pass, and how many the query holds. */
  readonly read: number;
  readonly total: number;
}

export interface SalesforceTeamSyncOptions {
  readonly http: CrmHttp;
  readonly store: TeamSyncStore;
  readonly apiHost: string;
  readonly token: string;
  readonly query: TeamQuery;
  readonly nowMs: () => number;
  /** Aborting stops the sync after the page in flight is committed. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: TeamSyncProgress) => void;
  /** Ignore the marks: read the whole range again (deletions older than the marks show then). */
  readonly full?: boolean;
}

export type TeamSyncOutcome =
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

function freshState(
  query: TeamQuery,
  previous: SalesforceTeamState | null,
  full: boolean,
): SalesforceTeamState {
  const teamKey = teamKeyOf(query.ownerIds);
  const same =
    previous !== null &&
    previous.teamKey === teamKey &&
    previous.fromMs <= query.range.fromMs &&
    previous.toMs >= query.range.toMs;
  if (same && previous.cursor !== null) return previous;
  const incremental = same && !full && Object.keys(previous.marks).length > 0;
  return {
    source: 'salesforce',
    teamKey,
    fromMs: query.range.fromMs,
    toMs: query.range.toMs,
    marks: incremental ? previous.marks : {},
    cursor: { readIndex: 0, nextRecordsUrl: null, newestModifiedMs: null, startedAtMs: null, incremental },
    lastCompletedAt: previous?.lastCompletedAt ?? null,
  };
}

/** Records split by the field that names the rep, each rep's mapped with their plan. */
function mapByRep(
  objectType: SalesforceObjectType,
  records: readonly unknown[],
  plans: readonly ScopedTeamPlan[],
  apiHost: string,
): { repId: string; activities: Activity[] }[] {
  const lightningHost = salesforceLightningHost(apiHost);
  // A rep with several plans: their records are theirs once, mapped with the first plan (by id).
  const firstPlanOfRep = new Map<string, ScopedTeamPlan>();
  for (const entry of [...plans].sort((a, b) => a.plan.id.localeCompare(b.plan.id))) {
    if (!firstPlanOfRep.has(entry.plan.rep.id)) firstPlanOfRep.set(entry.plan.rep.id, entry);
  }
  const result: { repId: string; activities: Activity[] }[] = [];
  for (const [repId, entry] of firstPlanOfRep) {
    const field = salesforceUserField(definitionsOf(entry).salesforce.attribution);
    const owner = entry.ownerId.slice(0, 15);
    const mine = records.filter((record) => {
      if (typeof record !== 'object' || record === null) return false;
      const value = (record as Record<string, unknown>)[field];
      return typeof value === 'string' && value.slice(0, 15) === owner;
    });
    if (mine.length === 0) continue;
    const mapped = activitiesFromSalesforce(objectType, mine, definitionsOf(entry), {
      timeZone: entry.plan.timeZone,
      ...(lightningHost === null ? {} : { lightningHost }),
    });
    result.push({ repId, activities: mapped.activities });
  }
  return result;
}

export async function syncSalesforceTeam(options: SalesforceTeamSyncOptions): Promise<TeamSyncOutcome> {
  const { http, store, query } = options;
  if (query.crm !== 'salesforce')
    throw new RangeError('a Salesforce team sync needs a Salesforce team query');
  const userField = salesforceUserField(
    (query.plans[0] ? definitionsOf(query.plans[0]) : DEFAULT_COUNTING).salesforce.attribution,
  );
  const reads = salesforceTeamReads(query.ownerIds);
  let state = freshState(query, await store.getTeamState('salesforce'), options.full === true);
  let pages = 0;
  let records = 0;
  let written = 0;
  let read = 0;

  while (state.cursor !== null) {
    if (options.signal?.aborted === true) return { kind: 'stopped', pages, written };
    const cursor: TeamCursor = state.cursor;
    const teamRead = reads[cursor.readIndex];
    if (teamRead === undefined) throw new RangeError('team cursor past the last read');
    const { objectType, key } = teamRead;
    const mark = cursor.incremental ? state.marks[key] : undefined;
    const path =
      cursor.nextRecordsUrl ??
      salesforceQueryPath(
        soqlForTeam(objectType, {
          fromUtc: state.fromMs,
          toUtc: state.toMs,
          ownerIds: teamRead.ownerIds,
          userField,
          ...(mark === undefined ? {} : { modifiedSince: mark }),
        }),
        { all: true },
      );
    const answer = await http.call({
      crm: 'salesforce',
      url: `https://${options.apiHost}${path}`,
      token: options.token,
      schema: SalesforceQueryPage,
    });
    if (!answer.ok) {
      if (
        cursor.nextRecordsUrl !== null &&
        answer.fault.kind === 'rejected' &&
        answer.fault.code === 'INVALID_QUERY_LOCATOR'
      ) {
        // The cursor expired: the query is sorted by SystemModstamp, so it goes on from the newest read.
        const since = cursor.newestModifiedMs ?? mark;
        state = {
          ...state,
          marks: since === undefined ? state.marks : { ...state.marks, [key]: since },
          cursor: { ...cursor, nextRecordsUrl: null, incremental: since !== undefined },
        };
        continue;
      }
      return { kind: 'fault', fault: answer.fault, retryAtMs: answer.retryAtMs, written };
    }
    const page = answer.data;
    pages += 1;
    records += page.records.length;
    read = cursor.nextRecordsUrl === null ? page.records.length : read + page.records.length;
    const facts = recordFacts(page.records);
    const newest =
      facts.newestModifiedMs === null
        ? cursor.newestModifiedMs
        : Math.max(cursor.newestModifiedMs ?? facts.newestModifiedMs, facts.newestModifiedMs);
    const startedAtMs = cursor.startedAtMs ?? answer.serverTimeMs ?? options.nowMs();
    let next: SalesforceTeamState;
    if (!page.done) {
      next = {
        ...state,
        cursor: {
          ...cursor,
          nextRecordsUrl: page.nextRecordsUrl ?? null,
          newestModifiedMs: newest,
          startedAtMs,
        },
      };
    } else {
      const marks = { ...state.marks, [key]: startedAtMs - MARK_LOOKBACK_MS };
      const last = cursor.readIndex + 1 >= reads.length;
      next = {
        ...state,
        marks,
        cursor: last
          ? null
          : {
              readIndex: cursor.readIndex + 1,
              nextRecordsUrl: null,
              newestModifiedMs: null,
              startedAtMs: null,
              incremental: cursor.incremental,
            },
        lastCompletedAt: last ? new Date(options.nowMs()).toISOString() : state.lastCompletedAt,
      };
    }
    written += await store.commitTeamPage({
      state: next,
      byRep: mapByRep(objectType, page.records, query.plans, options.apiHost),
    });
    state = next;
    options.onProgress?.({
      objectType,
      readIndex: cursor.readIndex,
      readCount: reads.length,
      read,
      total: page.totalSize,
    });
  }
  return { kind: 'synced', pages, records, written };
}
