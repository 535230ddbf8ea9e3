import { describe, expect, it } from 'vitest';
import { type CrmFault, DEFAULT_RETRY_POLICY, retryDelayMs } from '../../src/index.js';

const rateLimited = (
  policy: 'secondly' | 'ten-secondly' | 'concurrent' | 'locked' | 'unknown',
  retryAfterMs: number | null = null,
): CrmFault => ({
  kind: 'rate-limited',
  crm: 'hubspot',
  status: 429,
  policy,
  retryAfterMs,
  message: '',
});
const server: CrmFault = { kind: 'server', crm: 'salesforce', status: 503, retryAfterMs: null, message: '' };
const network: CrmFault = { kind: 'network', crm: 'hubspot', message: 'fetch failed' };

describe('retryDelayMs', () => {
  it('waits 1 s for the search secondly limit and 10 s for TEN_SECONDLY_ROLLING, growing per attempt like the SDK', () => {
    expect(retryDelayMs(rateLimited('secondly'), 1)).toBe(1_000);
    expect(retryDelayMs(rateLimited('secondly'), 3)).toBe(3_000);
    expect(retryDelayMs(rateLimited('ten-secondly'), 1)).toBe(10_000);
    expect(retryDelayMs(rateLimited('ten-secondly'), 9)).toBe(DEFAULT_RETRY_POLICY.capMs);
    expect(retryDelayMs(rateLimited('locked'), 4)).toBe(2_000);
  });

  it('honours Retry-After, unless it is longer than is worth waiting in the background', () => {
    expect(retryDelayMs(rateLimited('secondly', 7_000), 1)).toBe(7_000);
    expect(retryDelayMs(rateLimited('unknown', 3_600_000), 1)).toBeNull();
    expect(retryDelayMs({ ...server, retryAfterMs: 120_000 }, 1)).toBe(120_000);
  });

  it('backs off exponentially for 5xx, network and malformed bodies, capped, then gives up', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempt) => retryDelayMs(server, attempt));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, null]);
    const capped = { ...DEFAULT_RETRY_POLICY, maxAttempts: 20 };
    expect(retryDelayMs(network, 12, capped)).toBe(60_000);
    expect(retryDelayMs(network, 100, { ...capped, maxAttempts: 1000 })).toBe(60_000);
    expect(retryDelayMs({ kind: 'malformed-response', crm: 'hubspot', status: 200, message: '' }, 2)).toBe(
      2_000,
    );
    expect(retryDelayMs(rateLimited('concurrent'), 3)).toBe(4_000);
  });

  it('gives up on rate limits after their own, larger number of attempts', () => {
    expect(retryDelayMs(rateLimited('secondly'), DEFAULT_RETRY_POLICY.maxRateLimitAttempts)).not.toBeNull();
    expect(retryDelayMs(rateLimited('secondly'), DEFAULT_RETRY_POLICY.maxRateLimitAttempts + 1)).toBeNull();
  });

  it('never retries what needs the user or a new day', () => {
    const final: CrmFault[] = [
      { kind: 'session-expired', crm: 'salesforce', status: 401, code: 'INVALID_SESSION_ID', message: '' },
      { kind: 'daily-limit', crm: 'salesforce', status: 403, message: '' },
      { kind: 'forbidden', crm: 'hubspot', status: 403, code: 'MISSING_SCOPES', message: '' },
      { kind: 'rejected', crm: 'salesforce', status: 400, code: 'MALFORMED_QUERY', message: '' },
    ];
    for (const fault of final) expect(retryDelayMs(fault, 1)).toBeNull();
  });

  it('refuses an attempt number below 1', () => {
    expect(() => retryDelayMs(server, 0)).toThrow(RangeError);
    expect(() => retryDelayMs(server, 1.5)).toThrow(RangeError);
  });
});
