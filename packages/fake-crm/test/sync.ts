/**
 * A minimal sync over the fake, built only from @onpace/core's crm helpers (SOQL and search
 * builders, page schemas, fault classification, retry policy, range splitting, mapping): what the
 * extension's connectors do, without storage. Waits are shortened so tests stay fast.
 */
import {
  type Activity,
  activitiesFromHubSpot,
  activitiesFromSalesforce,
  type CrmFault,
  HUBSPOT_OBJECT_TYPES,
  HUBSPOT_SEARCH_RESULT_CAP,
  HubSpotSearchPage,
  hubspotSearchBody,
  hubspotSearchPath,
  latestVersions,
  type MappingProblem,
  networkFault,
  readCrmBody,
  retryDelayMs,
  SALESFORCE_OBJECT_TYPES,
  SalesforceQueryPage,
  salesforceQueryPath,
  soqlForWindow,
  splitRange,
  type TimeRange,
} from '@onpace/core';
import type { z } from 'zod';
import type { ExpectedActivity, FakeCrm, SeededQuarter } from '../src/index.js';
import { type Answer, call, HUBSPOT_HOST, SALESFORCE_HOST } from './client.js';

export class SyncFailed extends Error {
  constructor(readonly fault: CrmFault) {
    super(`${fault.kind}: ${'message' in fault ? fault.message : ''}`);
  }
}

export interface SyncResult {
  readonly activities: Activity[];
  readonly problems: MappingProblem[];
  /** Faults met and retried past. */
  readonly faults: CrmFault[];
  readonly waitsMs: number[];
}

async function withRetries<Schema extends z.ZodType>(
  crm: 'salesforce' | 'hubspot',
  send: () => Promise<Answer>,
  schema: Schema,
  seen: { faults: CrmFault[]; waitsMs: number[] },
): Promise<z.infer<Schema>> {
  for (let attempt = 1; ; attempt++) {
    let fault: CrmFault;
    try {
      const answer = await send();
      const result = readCrmBody(crm, answer, schema);
      if (result.ok) return result.data;
      fault = result.fault;
    } catch (error) {
      fault = networkFault(crm, error);
    }
    const delay = retryDelayMs(fault, attempt);
    if (delay === null) throw new SyncFailed(fault);
    seen.faults.push(fault);
    seen.waitsMs.push(delay);
    // The policy's waits are seconds long; the fake needs none of them.
    await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5)));
  }
}

export async function syncSalesforce(
  crm: FakeCrm,
  quarter: SeededQuarter,
  options: { all?: boolean; token?: string } = {},
): Promise<SyncResult> {
  const seen = { faults: [] as CrmFault[], waitsMs: [] as number[] };
  const activities: Activity[] = [];
  const problems: MappingProblem[] = [];
  const token = options.token ?? quarter.salesforce.sessionId;
  for (const objectType of SALESFORCE_OBJECT_TYPES) {
    const soql = soqlForWindow(objectType, {
      fromUtc: quarter.window.fromMs,
      toUtc: quarter.window.toMs,
      ownerId: quarter.salesforce.user.userId,
    });
    let path: string | undefined = salesforceQueryPath(soql, { all: options.all === true });
    const records: unknown[] = [];
    while (path !== undefined) {
      const current: string = path;
      const page = await withRetries(
        'salesforce',
        () => call(crm, { host: SALESFORCE_HOST, path: current, token }),
        SalesforceQueryPage,
        seen,
      );
      records.push(...page.records);
      path = page.done ? undefined : page.nextRecordsUrl;
    }
    const mapped = activitiesFromSalesforce(objectType, records, undefined, {
      timeZone: quarter.salesforce.user.timeZone,
    });
    activities.push(...mapped.activities);
    problems.push(...mapped.problems);
  }
  return { activities, problems, ...seen };
}

export async function syncHubSpot(
  crm: FakeCrm,
  quarter: SeededQuarter,
  options: { cap?: number; limit?: number } = {},
): Promise<SyncResult> {
  const seen = { faults: [] as CrmFault[], waitsMs: [] as number[] };
  const activities: Activity[] = [];
  const problems: MappingProblem[] = [];
  const owner = quarter.hubspot.owners[0]?.id ?? '';
  const cap = options.cap ?? HUBSPOT_SEARCH_RESULT_CAP;
  for (const objectType of HUBSPOT_OBJECT_TYPES) {
    const results: unknown[] = [];
    const searchRange = async (range: TimeRange): Promise<void> => {
      let after = '0';
      for (;;) {
        const body = hubspotSearchBody(objectType, {
          ownerId: owner,
          ...range,
          after,
          limit: options.limit ?? 200,
        });
        const page = await withRetries(
          'hubspot',
          () =>
            call(crm, {
              host: HUBSPOT_HOST,
              path: hubspotSearchPath(objectType),
              token: quarter.hubspot.token,
              json: body,
            }),
          HubSpotSearchPage,
          seen,
        );
        if (after === '0' && page.total > cap) {
          for (const part of splitRange(range, page.total, { cap })) await searchRange(part);
          return;
        }
        results.push(...page.results);
        const next = page.paging?.next?.after;
        if (next === undefined) return;
        after = next;
      }
    };
    await searchRange({ fromMs: quarter.window.fromMs, toMs: quarter.window.toMs });
    const mapped = activitiesFromHubSpot(objectType, results, undefined, {
      timeZone: quarter.salesforce.user.timeZone,
    });
    activities.push(...mapped.activities);
    problems.push(...mapped.problems);
  }
  return { activities, problems, ...seen };
}

/** What counts inside the window, in the expected list's shape and order. */
export function countedInWindow(activities: readonly Activity[], quarter: SeededQuarter): ExpectedActivity[] {
  const { fromMs, toMs } = quarter.window;
  return normalize(
    latestVersions(activities)
      .filter((activity) => {
        const at = Date.parse(activity.occurredAt);
        return at >= fromMs && at < toMs;
      })
      .map((activity) => ({
        id: activity.id,
        metric: activity.metric as ExpectedActivity['metric'],
        occurredAt: new Date(Date.parse(activity.occurredAt)).toISOString(),
        ...(activity.amount === undefined ? {} : { amount: activity.amount }),
      })),
  );
}

export function normalize(list: readonly ExpectedActivity[]): ExpectedActivity[] {
  const key = (activity: ExpectedActivity) => `${activity.metric}|${activity.id}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
