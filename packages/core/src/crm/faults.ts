/**
 * Every way a CRM request can fail, as one discriminated union the sync, the overlay and the
 * popup share: each kind is a state the user can be told about, and retry.ts decides which are
 * worth another try. Classification reads the status, the error body (zod) and headers only.
 */
import type { z } from 'zod';
import { HubSpotErrorBody, parseJsonText, SalesforceErrorBody } from './error-bodies.js';

export type Crm = 'salesforce' | 'hubspot';

/** Which rate limit was hit; decides the wait (retry.ts). */
export type RateLimitPolicy = 'secondly' | 'ten-secondly' | 'concurrent' | 'locked' | 'unknown';

export type CrmFault =
  /** Salesforce `INVALID_SESSION_ID` (reload Salesforce), HubSpot 401 (token expired or revoked). */
  | {
      readonly kind: 'session-expired';
      readonly crm: Crm;
      readonly status: number;
      readonly code: string;
      readonly message: string;
    }
  /** Salesforce `REQUEST_LIMIT_EXCEEDED` (TotalRequests), HubSpot `DAILY`: stop until the limit resets. */
  | { readonly kind: 'daily-limit'; readonly crm: Crm; readonly status: number; readonly message: string }
  /** A short-term limit: wait and try again. `retryAfterMs` from a `Retry-After` header. */
  | {
      readonly kind: 'rate-limited';
      readonly crm: Crm;
      readonly status: number;
      readonly policy: RateLimitPolicy;
      readonly retryAfterMs: number | null;
      readonly message: string;
    }
  /** 403 other than a limit: a missing scope or permission, API access turned off. */
  | {
      readonly kind: 'forbidden';
      readonly crm: Crm;
      readonly status: number;
      readonly code: string | null;
      readonly message: string;
    }
  /** Any other 4xx: `MALFORMED_QUERY`, `INVALID_FIELD`, HubSpot `VALIDATION_ERROR` (a bug on our side). */
  | {
      readonly kind: 'rejected';
      readonly crm: Crm;
      readonly status: number;
      readonly code: string | null;
      readonly message: string;
    }
  /** 5xx. */
  | {
      readonly kind: 'server';
      readonly crm: Crm;
      readonly status: number;
      readonly retryAfterMs: number | null;
      readonly message: string;
    }
  /** No response at all: offline, DNS, reset connection, timeout. */
  | { readonly kind: 'network'; readonly crm: Crm; readonly message: string }
  /** A 2xx whose body is not the JSON expected (cut short, an HTML page, a changed shape). */
  | {
      readonly kind: 'malformed-response';
      readonly crm: Crm;
      readonly status: number;
      readonly message: string;
    };

export type CrmFaultKind = CrmFault['kind'];

/** `Headers` (fetch) or a plain object of header values, looked up case-insensitively. */
export type HeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface CrmResponse {
  readonly status: number;
  readonly headers?: HeaderSource;
  readonly body: string;
}

export interface ClassifyOptions {
  /** Now, in epoch ms: needed only to read a `Retry-After` given as an HTTP date. */
  readonly nowMs?: number;
}

export function headerValue(headers: HeaderSource | undefined, name: string): string | null {
  if (headers === undefined) return null;
  if (typeof headers.get === 'function') return (headers as { get(name: string): string | null }).get(name);
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(
    headers as Record<string, string | readonly string[] | undefined>,
  )) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === 'string' ? value : value.join(', ');
  }
  return null;
}

/** `Retry-After` in ms: delta-seconds, or an HTTP date when `nowMs` is known; null otherwise. */
export function parseRetryAfter(value: string | null, nowMs?: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (nowMs === undefined) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

const SECONDLY_MESSAGE = 'You have reached your secondly limit.';

function classifySalesforce(status: number, body: unknown, retryAfterMs: number | null): CrmFault {
  const parsed = SalesforceErrorBody.safeParse(body);
  const first = parsed.success ? parsed.data[0] : undefined;
  const code = first?.errorCode ?? null;
  const message = first?.message ?? `HTTP ${status}`;
  if (code === 'INVALID_SESSION_ID' || status === 401) {
    return { kind: 'session-expired', crm: 'salesforce', status, code: code ?? `HTTP_${status}`, message };
  }
  if (code === 'REQUEST_LIMIT_EXCEEDED') {
    // The same code covers the daily total ("TotalRequests Limit exceeded.") and the short-lived
    // concurrency limits ("ConcurrentRequests …", "ConcurrentPerOrgLongTxn …").
    if (/concurrent/i.test(message)) {
      return { kind: 'rate-limited', crm: 'salesforce', status, policy: 'concurrent', retryAfterMs, message };
    }
    return { kind: 'daily-limit', crm: 'salesforce', status, message };
  }
  if (status >= 500) return { kind: 'server', crm: 'salesforce', status, retryAfterMs, message };
  if (status === 429) {
    return { kind: 'rate-limited', crm: 'salesforce', status, policy: 'unknown', retryAfterMs, message };
  }
  if (status === 403) return { kind: 'forbidden', crm: 'salesforce', status, code, message };
  return { kind: 'rejected', crm: 'salesforce', status, code, message };
}

function classifyHubSpot(status: number, body: unknown, retryAfterMs: number | null): CrmFault {
  const parsed = HubSpotErrorBody.safeParse(body);
  const error = parsed.success ? parsed.data : undefined;
  const code = error?.category ?? null;
  const message = error?.message ?? `HTTP ${status}`;
  if (status === 401) {
    return { kind: 'session-expired', crm: 'hubspot', status, code: code ?? `HTTP_${status}`, message };
  }
  if (status === 429) {
    const policyName = error?.policyName;
    if (policyName === 'DAILY') return { kind: 'daily-limit', crm: 'hubspot', status, message };
    const policy: RateLimitPolicy =
      policyName === 'TEN_SECONDLY_ROLLING'
        ? 'ten-secondly'
        : policyName === 'SECONDLY' || message === SECONDLY_MESSAGE
          ? 'secondly'
          : 'unknown';
    return { kind: 'rate-limited', crm: 'hubspot', status, policy, retryAfterMs, message };
  }
  if (status === 423) {
    return { kind: 'rate-limited', crm: 'hubspot', status, policy: 'locked', retryAfterMs, message };
  }
  if (status >= 500) return { kind: 'server', crm: 'hubspot', status, retryAfterMs, message };
  if (status === 403) return { kind: 'forbidden', crm: 'hubspot', status, code, message };
  return { kind: 'rejected', crm: 'hubspot', status, code, message };
}

/** The fault a response stands for, or null for a 2xx (whose body `readCrmBody` then reads). */
export function classifyCrmResponse(
  crm: Crm,
  response: CrmResponse,
  options: ClassifyOptions = {},
): CrmFault | null {
  const { status } = response;
  if (status >= 200 && status < 300) return null;
  const body = parseJsonText(response.body);
  const retryAfterMs = parseRetryAfter(headerValue(response.headers, 'retry-after'), options.nowMs);
  return crm === 'salesforce'
    ? classifySalesforce(status, body, retryAfterMs)
    : classifyHubSpot(status, body, retryAfterMs);
}

/** A request that got no response (fetch threw). The error's own text is kept, not its stack. */
export function networkFault(crm: Crm, error: unknown): CrmFault {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'network', crm, message };
}

export type CrmBodyResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly fault: CrmFault };

/** A 2xx body read with `schema`; cut-short or unexpected JSON becomes a `malformed-response`. */
export function readCrmBody<Schema extends z.ZodType>(
  crm: Crm,
  response: CrmResponse,
  schema: Schema,
): CrmBodyResult<z.infer<Schema>> {
  const fault = classifyCrmResponse(crm, response);
  if (fault !== null) return { ok: false, fault };
  const json = parseJsonText(response.body);
  if (json === undefined) {
    return {
      ok: false,
      fault: {
        kind: 'malformed-response',
        crm,
        status: response.status,
        message: 'the body is not JSON (cut short?)',
      },
    };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unexpected shape';
    return { ok: false, fault: { kind: 'malformed-response', crm, status: response.status, message: where } };
  }
  return { ok: true, data: parsed.data };
}
