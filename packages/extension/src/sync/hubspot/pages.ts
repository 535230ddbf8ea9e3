/**
 * Reading one HubSpot object type, one search page at a time, from a saved progress.
 *
 * Full pass (`ranges`): sorted by the object's time property, which edits do not move, paged with
 * `after`, over ranges split (core's splitRange) so no query needs more than the 10,000 results
 * one search can page through. The range's `total` is checked at both ends: if it moved while
 * paging (a record added or removed shifts every later offset by one), the range is read again,
 * because a skipped record would be wrongly taken for deleted.
 *
 * Incremental pass (`keyset`): records changed since the mark, oldest change first. A record
 * edited while we page jumps to the end of that order, which would shift offsets; so each page
 * asks again from the newest `hs_lastmodifieddate` read (`GTE`: the boundary record comes back,
 * harmlessly) instead of following `after`. Only when a whole page shares one timestamp does it
 * follow `after`.
 */
import {
  activitiesFromHubSpot,
  type CountingDefinitions,
  HUBSPOT_SEARCH_PAGE_LIMIT,
  HUBSPOT_SEARCH_RESULT_CAP,
  type HubSpotObjectType,
  HubSpotSearchPage,
  hubspotSearchBody,
  hubspotSearchPath,
  splitRange,
} from '@onpace/core/crm';
import type { StepResult } from '../connector';
import type { CrmHttp } from '../http';
import type { HubSpotKeysetProgress, HubSpotRangesProgress, TimeWindow } from '../state';
import { HUBSPOT_API_HOST } from './identity';
import { resultFacts } from './results';

/** Re-reads of a range whose total moved, before the pass gives up inferring deletions from it. */
export const MAX_RANGE_REREADS = 2;

export interface SearchTarget {
  readonly http: CrmHttp;
  readonly token: string;
  readonly objectType: HubSpotObjectType;
  readonly ownerId: string;
  readonly ownerProperty: 'hubspot_owner_id' | 'hs_created_by_user_id';
  readonly definitions: CountingDefinitions;
  readonly timeZone: string;
  /** Page size (default and most 200) and result cap (default 10,000); tests lower them. */
  readonly pageLimit?: number;
  readonly resultCap?: number;
}

async function search(
  target: SearchTarget,
  window: TimeWindow,
  extra: { after: string; modifiedSinceMs?: number },
) {
  const body = hubspotSearchBody(target.objectType, {
    ownerId: target.ownerId,
    ownerProperty: target.ownerProperty,
    fromMs: window.fromMs,
    toMs: window.toMs,
    limit: target.pageLimit ?? HUBSPOT_SEARCH_PAGE_LIMIT,
    ...extra,
  });
  return target.http.call({
    crm: 'hubspot',
    url: `https://${HUBSPOT_API_HOST}${hubspotSearchPath(target.objectType)}`,
    token: target.token,
    schema: HubSpotSearchPage,
    json: body,
    paced: true,
  });
}

function map(target: SearchTarget, results: readonly unknown[]) {
  return activitiesFromHubSpot(target.objectType, results, target.definitions, { timeZone: target.timeZone });
}

export async function rangesStep(target: SearchTarget, progress: HubSpotRangesProgress): Promise<StepResult> {
  const range = progress.ranges[progress.rangeIndex];
  if (range === undefined) throw new RangeError('range index out of bounds');
  const answer = await search(target, range, { after: progress.after });
  if (!answer.ok) return answer;
  const page = answer.data;
  const serverStartMs = progress.serverStartMs ?? answer.serverTimeMs;
  const fresh = { after: '0', rangeTotal: null, readInRange: 0 } as const;
  const cap = target.resultCap ?? HUBSPOT_SEARCH_RESULT_CAP;

  if (progress.after === '0' && page.total > cap) {
    const parts = splitRange(range, page.total, { cap });
    const ranges = progress.ranges.toSpliced(progress.rangeIndex, 1, ...parts);
    return {
      ok: true,
      step: {
        activities: [],
        problems: [],
        recordCount: 0,
        progress: { ...progress, ...fresh, ranges, serverStartMs },
        done: false,
      },
    };
  }

  const mapped = map(target, page.results);
  const facts = resultFacts(page.results);
  const seen = [...progress.seen, ...facts.ids];
  const rangeTotal = progress.rangeTotal ?? page.total;
  const readInRange = progress.readInRange + page.results.length;
  const nextAfter = page.paging?.next?.after;
  const base = { activities: mapped.activities, problems: mapped.problems, recordCount: page.results.length };

  if (nextAfter !== undefined) {
    const next = { ...progress, after: nextAfter, rangeTotal, readInRange, seen, serverStartMs };
    return { ok: true, step: { ...base, progress: next, done: false } };
  }
  const consistent = readInRange === rangeTotal && page.total === rangeTotal;
  if (!consistent && progress.rangeAttempts < MAX_RANGE_REREADS) {
    const again = { ...progress, ...fresh, rangeAttempts: progress.rangeAttempts + 1, seen, serverStartMs };
    return { ok: true, step: { ...base, progress: again, done: false } };
  }
  const last = progress.rangeIndex + 1 >= progress.ranges.length;
  const next: HubSpotRangesProgress = {
    ...progress,
    ...fresh,
    rangeIndex: last ? progress.rangeIndex : progress.rangeIndex + 1,
    rangeAttempts: 0,
    inconclusive: progress.inconclusive || !consistent,
    seen,
    serverStartMs,
  };
  return { ok: true, step: { ...base, progress: next, done: last } };
}

export async function keysetStep(
  target: SearchTarget,
  window: TimeWindow,
  progress: HubSpotKeysetProgress,
): Promise<StepResult> {
  const answer = await search(target, window, { after: progress.after, modifiedSinceMs: progress.sinceMs });
  if (!answer.ok) return answer;
  const page = answer.data;
  const mapped = map(target, page.results);
  const facts = resultFacts(page.results);
  const serverStartMs = progress.serverStartMs ?? answer.serverTimeMs;
  const nextAfter = page.paging?.next?.after;
  const base = { activities: mapped.activities, problems: mapped.problems, recordCount: page.results.length };
  if (nextAfter === undefined) {
    return { ok: true, step: { ...base, progress: { ...progress, serverStartMs }, done: true } };
  }
  const newest = facts.newestModifiedMs;
  const next: HubSpotKeysetProgress =
    newest !== null && newest > progress.sinceMs
      ? { ...progress, sinceMs: newest, after: '0', serverStartMs }
      : { ...progress, after: nextAfter, serverStartMs };
  return { ok: true, step: { ...base, progress: next, done: false } };
}
