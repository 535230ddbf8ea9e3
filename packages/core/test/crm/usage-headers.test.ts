import { describe, expect, it } from 'vitest';
import { parseHubSpotRateLimits, parseSforceLimitInfo } from '../../src/index.js';
import { readRecorded } from './fixtures.js';

describe('Sforce-Limit-Info', () => {
  it('reads the org usage, and the per-app share when present', () => {
    expect(parseSforceLimitInfo('api-usage=18/15000')).toEqual({ used: 18, max: 15000 });
    expect(
      parseSforceLimitInfo('api-usage=25/5000; per-app-api-usage=17/250(appName=sample-connected-app)'),
    ).toEqual({
      used: 25,
      max: 5000,
      perApp: { used: 17, max: 250, appName: 'sample-connected-app' },
    });
  });

  it('is null when absent or unreadable', () => {
    expect(parseSforceLimitInfo(null)).toBeNull();
    expect(parseSforceLimitInfo(undefined)).toBeNull();
    expect(parseSforceLimitInfo('api-usage=many/15000')).toBeNull();
    expect(parseSforceLimitInfo('per-app-api-usage=17/250')).toBeNull();
    expect(parseSforceLimitInfo('api-usage=1/0')).toBeNull();
  });
});

describe('X-HubSpot-RateLimit headers', () => {
  it('reads the full set a non-search endpoint sends (recorded owners lookup)', () => {
    const { headers } = readRecorded('hubspot/owners-by-email.json').response;
    expect(parseHubSpotRateLimits(headers)).toEqual({
      daily: { max: 500000, remaining: 499121 },
      interval: { max: 190, remaining: 187, intervalMs: 10000 },
      secondly: { max: 19, remaining: 18 },
    });
  });

  it('reads only the daily pair a search response sent (recorded), from fetch Headers too', () => {
    const { headers } = readRecorded('hubspot/search-deals.json').response;
    expect(parseHubSpotRateLimits(new Headers(headers))).toEqual({
      daily: { max: 500000, remaining: 499116 },
    });
    expect(parseHubSpotRateLimits(undefined)).toEqual({});
  });
});
