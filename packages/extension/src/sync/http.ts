/**
 * One CRM request with the house rules: bearer auth, no cookies, a timeout, the fault
 * classification of core, the retry policy of core (waiting in the worker only for short waits),
 * the search pacer, and a count of every request sent (the benchmark and the run report read it).
 * The token is only ever put in the Authorization header: never logged, never stored.
 */
import {
  type Crm,
  type CrmFault,
  classifyCrmResponse,
  DEFAULT_RETRY_POLICY,
  networkFault,
  type RetryPolicy,
  readCrmBody,
  retryDelayMs,
} from '@onpace/core/crm';
import type { z } from 'zod';
import type { SyncClock } from './clock';
import type { TokenBucket } from './pacer';

export interface HttpHeadersLike {
  get(name: string): string | null;
}

export interface HttpResponseLike {
  readonly status: number;
  readonly headers: HttpHeadersLike;
  text(): Promise<string>;
}

export interface HttpRequestInit {
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly signal?: AbortSignal;
  /** The bearer token is the credential: the browser's cookies must not ride along. */
  readonly credentials?: 'omit';
  readonly cache?: 'no-store';
}

/** The part of `fetch` the sync uses; the global `fetch` fits it, and so can a test's HTTPS client. */
export type HttpFetch = (url: string, init: HttpRequestInit) => Promise<HttpResponseLike>;

export interface CrmHttpOptions {
  readonly fetch: HttpFetch;
  readonly clock: SyncClock;
  /** Paces HubSpot search requests (pacer.ts). */
  readonly searchPacer: TokenBucket;
  readonly retryPolicy?: RetryPolicy;
  /**
   * Longer waits are not slept in the worker (Chrome may stop an idle worker after 30 s): the run
   * stops with the fault and a `retryAtMs`, and an alarm resumes it from its checkpoint.
   */
  readonly maxWaitInWorkerMs?: number;
  readonly timeoutMs?: number;
  /** Called with every answer's headers (API usage). */
  readonly onHeaders?: (crm: Crm, headers: HttpHeadersLike, nowMs: number) => void;
}

export interface CrmCall<Schema extends z.ZodType> {
  readonly crm: Crm;
  readonly url: string;
  readonly token: string;
  readonly schema: Schema;
  /** JSON body: makes it a POST. */
  readonly json?: unknown;
  /** Spend a pacer token before each attempt (HubSpot search). */
  readonly paced?: boolean;
  /**
   * Give up after this many attempts (default: as the retry policy allows). A person waiting on
   * "Test connection" wants the answer now, not after a minute of backoff.
   */
  readonly maxAttempts?: number;
}

export type CrmAnswer<T> =
  | { readonly ok: true; readonly data: T; readonly serverTimeMs: number | null }
  | {
      readonly ok: false;
      readonly fault: CrmFault;
      /** Set when the fault is worth another try later, after a wait too long for the worker. */
      readonly retryAtMs: number | null;
    };

export const MAX_WAIT_IN_WORKER_MS = 20_000;
const TIMEOUT_MS = 30_000;

/** The `Date` header as epoch ms: the CRM's clock, which record modification times also follow. */
function serverTime(headers: HttpHeadersLike): number | null {
  const value = headers.get('date');
  if (value === null) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export class CrmHttp {
  private readonly counts: Record<Crm, number> = { salesforce: 0, hubspot: 0 };

  constructor(private readonly options: CrmHttpOptions) {}

  /** Requests sent so far (each retry counts). */
  requests(crm: Crm): number {
    return this.counts[crm];
  }

  async call<Schema extends z.ZodType>(call: CrmCall<Schema>): Promise<CrmAnswer<z.infer<Schema>>> {
    const { clock } = this.options;
    const policy = this.options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    const maxWait = this.options.maxWaitInWorkerMs ?? MAX_WAIT_IN_WORKER_MS;
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(call);
      if (result.ok) return result;
      const delay = retryDelayMs(result.fault, attempt, policy);
      if (delay === null || attempt >= (call.maxAttempts ?? Number.POSITIVE_INFINITY)) {
        return { ok: false, fault: result.fault, retryAtMs: null };
      }
      if (delay > maxWait) return { ok: false, fault: result.fault, retryAtMs: clock.now() + delay };
      await clock.sleep(delay);
    }
  }

  private async attempt<Schema extends z.ZodType>(
    call: CrmCall<Schema>,
  ): Promise<
    | { readonly ok: true; readonly data: z.infer<Schema>; readonly serverTimeMs: number | null }
    | { readonly ok: false; readonly fault: CrmFault }
  > {
    if (call.paced === true) await this.options.searchPacer.take();
    this.counts[call.crm] += 1;
    const headers: Record<string, string> = {
      authorization: `Bearer ${call.token}`,
      accept: 'application/json',
    };
    if (call.json !== undefined) headers['content-type'] = 'application/json';
    let status: number;
    let responseHeaders: HttpHeadersLike;
    let body: string;
    try {
      const response = await this.options.fetch(call.url, {
        method: call.json === undefined ? 'GET' : 'POST',
        headers,
        ...(call.json === undefined ? {} : { body: JSON.stringify(call.json) }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? TIMEOUT_MS),
        credentials: 'omit',
        cache: 'no-store',
      });
      status = response.status;
      responseHeaders = response.headers;
      body = await response.text();
    } catch (error) {
      return { ok: false, fault: networkFault(call.crm, error) };
    }
    const nowMs = this.options.clock.now();
    this.options.onHeaders?.(call.crm, responseHeaders, nowMs);
    const answer = { status, headers: responseHeaders, body };
    // Classified here first for the clock: a Retry-After given as a date needs `now`.
    const fault = classifyCrmResponse(call.crm, answer, { nowMs });
    if (fault !== null) return { ok: false, fault };
    const read = readCrmBody(call.crm, answer, call.schema);
    if (!read.ok) return { ok: false, fault: read.fault };
    return { ok: true, data: read.data, serverTimeMs: serverTime(responseHeaders) };
  }
}
