/**
 * Injected faults: a queue the tests and the demo set through `POST /__admin/faults` (or
 * `setFaults`). A fault matches requests whose path starts with `match` (and whose method fits);
 * it lets `skip` matching requests through, then fires on the next `times` ones and is used up.
 */
import { z } from 'zod';

export const FAULT_KINDS = [
  /** Salesforce 401 INVALID_SESSION_ID; HubSpot 401 EXPIRED_AUTHENTICATION. */
  'expired-session',
  /** Salesforce 403 REQUEST_LIMIT_EXCEEDED (TotalRequests); HubSpot 429 policyName DAILY. */
  'limit-exceeded',
  /** 429 with the body HubSpot's search sent (recorded): no Retry-After, no policyName. */
  '429-secondly',
  /** 429 with policyName TEN_SECONDLY_ROLLING. */
  '429-ten-secondly',
  /** 429 with `Retry-After: retryAfterSeconds`. */
  '429-retry-after',
  /** A 5xx (`status`, default 500) in the CRM's error shape. */
  '500',
  /** The real answer, status 200, cut in half: the client sees malformed JSON. */
  'truncated-body',
  /** The connection is dropped with no answer: the client sees a network error. */
  'reset',
  /** The real answer, `delayMs` late. */
  'delay',
  /**
   * The object is out of the caller's reach: Salesforce 400 INVALID_TYPE (the user's profile
   * cannot read the sObject), HubSpot 403 MISSING_SCOPES (the token lacks the object's scope).
   */
  'no-access',
  /** The org's REST API is turned off: Salesforce 403 API_DISABLED_FOR_ORG (HubSpot: as no-access). */
  'api-disabled',
  /**
   * The user may not write or share this record: Salesforce 400 INSUFFICIENT_ACCESS_OR_READONLY
   * (HubSpot: as no-access).
   */
  'insufficient-access',
] as const;

export const FaultKind = z.enum(FAULT_KINDS);
export type FaultKind = z.infer<typeof FaultKind>;

export const Fault = z.object({
  match: z.string().startsWith('/'),
  method: z
    .string()
    .transform((method) => method.toUpperCase())
    .optional(),
  kind: FaultKind,
  times: z.number().int().min(1).default(1),
  skip: z.number().int().min(0).default(0),
  retryAfterSeconds: z.number().int().min(0).default(1),
  status: z.number().int().min(500).max(599).default(500),
  delayMs: z.number().int().min(0).max(60_000).default(1_000),
});
export type Fault = z.infer<typeof Fault>;
export type FaultInput = z.input<typeof Fault>;

export const FaultQueue = z.array(Fault);

export class FaultInjector {
  private queue: Fault[] = [];

  set(faults: readonly FaultInput[]): void {
    this.queue = FaultQueue.parse(faults);
  }

  pending(): Fault[] {
    return this.queue.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.queue = [];
  }

  /**
   * The fault this request takes, if any. Every matching fault still skipping counts the request
   * (each skips its own number of matching requests); the first matching fault done skipping
   * fires and uses up one of its `times`.
   */
  take(method: string, path: string): Fault | null {
    let taken: Fault | null = null;
    let takenIndex = -1;
    this.queue.forEach((fault, index) => {
      if (!path.startsWith(fault.match) || (fault.method !== undefined && fault.method !== method)) return;
      if (fault.skip > 0) this.queue[index] = { ...fault, skip: fault.skip - 1 };
      else if (taken === null) {
        taken = fault;
        takenIndex = index;
      }
    });
    if (taken === null) return null;
    const fault: Fault = taken;
    if (fault.times <= 1) this.queue.splice(takenIndex, 1);
    else this.queue[takenIndex] = { ...fault, times: fault.times - 1 };
    return fault;
  }
}
