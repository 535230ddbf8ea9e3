/**
 * Whether and when to try a failed CRM request again. Pure: the caller sleeps. No jitter is added
 * here (that needs randomness, which core does not read); a caller with many clients can add it.
 */
import type { CrmFault } from './faults.js';

export interface RetryPolicy {
  /** First wait of the exponential backoff (5xx, network, malformed body, concurrency limits). */
  readonly baseMs: number;
  /** No computed wait exceeds this. */
  readonly capMs: number;
  /** Attempts after which 5xx, network and malformed-body faults give up. */
  readonly maxAttempts: number;
  /** Attempts after which a rate limit gives up (a limit is expected; it gets more patience). */
  readonly maxRateLimitAttempts: number;
  /** A `Retry-After` longer than this is not waited out in the background: give up and say so. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  baseMs: 1_000,
  capMs: 60_000,
  maxAttempts: 6,
  maxRateLimitAttempts: 10,
  maxRetryAfterMs: 15 * 60_000,
});

/** HubSpot's own SDK: 1 s per attempt for the search "secondly" limit, 10 s for TEN_SECONDLY_ROLLING. */
const SECONDLY_MS = 1_000;
const TEN_SECONDLY_MS = 10_000;
/** HubSpot holds a 423 Locked for about two seconds. */
const LOCKED_MS = 2_000;

function backoff(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
}

/**
 * Milliseconds to wait before trying again after `fault` ended attempt number `attempt` (1 for the
 * first failure), or null when another try is pointless: the user must act (expired session,
 * missing permission), the daily limit is spent, the request is wrong, or patience ran out.
 */
export function retryDelayMs(
  fault: CrmFault,
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number | null {
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new RangeError('attempt must be a whole number from 1');
  switch (fault.kind) {
    case 'session-expired':
    case 'daily-limit':
    case 'forbidden':
    case 'rejected':
      return null;
    case 'rate-limited': {
      if (attempt > policy.maxRateLimitAttempts) return null;
      if (fault.retryAfterMs !== null)
        return fault.retryAfterMs > policy.maxRetryAfterMs ? null : fault.retryAfterMs;
      switch (fault.policy) {
        case 'secondly':
          return Math.min(policy.capMs, SECONDLY_MS * attempt);
        case 'ten-secondly':
          return Math.min(policy.capMs, TEN_SECONDLY_MS * attempt);
        case 'locked':
          return LOCKED_MS;
        case 'concurrent':
          return backoff(attempt, policy);
        case 'unknown':
          // Unknown policy: assume the strictest common window, HubSpot's ten seconds.
          return Math.min(policy.capMs, TEN_SECONDLY_MS * attempt);
      }
      return null;
    }
    case 'server':
      if (attempt > policy.maxAttempts) return null;
      if (fault.retryAfterMs !== null)
        return fault.retryAfterMs > policy.maxRetryAfterMs ? null : fault.retryAfterMs;
      return backoff(attempt, policy);
    case 'network':
    case 'malformed-response':
      return attempt > policy.maxAttempts ? null : backoff(attempt, policy);
  }
}
