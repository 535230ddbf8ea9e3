/**
 * Builds a SyncEngine from the outside world's pieces. The extension passes the browser's fetch,
 * cookies and storage (start.ts); tests and the benchmark pass a fetch to the fake CRM, a fake or
 * real clock and the in-memory store.
 */
import type { RetryPolicy } from '@onpace/core/crm';
import type { SyncClock } from './clock';
import { SyncEngine } from './engine';
import { CrmHttp, type HttpFetch } from './http';
import { type HubSpotCredentials, hubspotConnector } from './hubspot/connector';
import { HUBSPOT_SEARCH_PACE, type PacerOptions, TokenBucket } from './pacer';
import type { SyncScope } from './plan-scope';
import { salesforceConnector } from './salesforce/connector';
import type { SessionProvider } from './salesforce/session';
import type { SyncStore } from './store';
import { UsageTracker } from './usage';

export interface CreateSyncEngineOptions {
  readonly fetch: HttpFetch;
  readonly clock: SyncClock;
  readonly store: SyncStore;
  readonly scope: () => Promise<SyncScope>;
  readonly salesforce: {
    readonly sessions: SessionProvider;
    /** The My Domain host of the org in an open tab, or remembered; null when none. */
    readonly apiHost: () => Promise<string | null>;
  };
  readonly hubspot: {
    readonly credentials: () => Promise<HubSpotCredentials | null>;
    readonly pageLimit?: number;
    readonly resultCap?: number;
  };
  readonly searchPace?: PacerOptions;
  readonly retryPolicy?: RetryPolicy;
  readonly maxWaitInWorkerMs?: number;
  readonly fullResyncEveryMs?: number;
  readonly lookbackMs?: number;
}

export interface CreatedSyncEngine {
  readonly engine: SyncEngine;
  readonly http: CrmHttp;
}

export function createSyncEngine(options: CreateSyncEngineOptions): CreatedSyncEngine {
  const usage = new UsageTracker();
  const http = new CrmHttp({
    fetch: options.fetch,
    clock: options.clock,
    searchPacer: new TokenBucket(options.clock, options.searchPace ?? HUBSPOT_SEARCH_PACE),
    onHeaders: usage.onHeaders,
    ...(options.retryPolicy === undefined ? {} : { retryPolicy: options.retryPolicy }),
    ...(options.maxWaitInWorkerMs === undefined ? {} : { maxWaitInWorkerMs: options.maxWaitInWorkerMs }),
  });
  const connectors = [
    salesforceConnector({ http, sessions: options.salesforce.sessions, apiHost: options.salesforce.apiHost }),
    hubspotConnector({
      http,
      credentials: options.hubspot.credentials,
      ...(options.hubspot.pageLimit === undefined ? {} : { pageLimit: options.hubspot.pageLimit }),
      ...(options.hubspot.resultCap === undefined ? {} : { resultCap: options.hubspot.resultCap }),
    }),
  ];
  const engine = new SyncEngine({
    store: options.store,
    clock: options.clock,
    http,
    usage,
    connectors,
    scope: options.scope,
    ...(options.fullResyncEveryMs === undefined ? {} : { fullResyncEveryMs: options.fullResyncEveryMs }),
    ...(options.lookbackMs === undefined ? {} : { lookbackMs: options.lookbackMs }),
  });
  return { engine, http };
}
