import { describe, expect, it } from 'vitest';
import { parseHubSpotRateLimits, parseSforceLimitInfo } from '../../src/index.js';
import { readExchange } from './fixtures.js';

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
  it('reads the full set a non-search endpoint sent (recorded)', () => {
    const { responseHeaders } = readExchange(
      'hubspot/grouparoo_nock__batch_update_200_with_ratelimit_headers.json',
    );
    expect(parseHubSpotRateLimits(responseHeaders)).toEqual({
      daily: { max: 250000, remaining: 248697 },
      interval: { max: 100, remaining: 99, intervalMs: 10000 },
      secondly: { max: 10, remaining: 9 },
    });
  });

  it('reads only the daily pair a search response sent (recorded), from fetch Headers too', () => {
    const { responseHeaders } = readExchange('hubspot/grouparoo_nock__search_200_with_results.json');
    expect(parseHubSpotRateLimits(new Headers(responseHeaders))).toEqual({
      daily: { max: 250000, remaining: 248703 },
    });
    expect(parseHubSpotRateLimits(undefined)).toEqual({});
  });
});
