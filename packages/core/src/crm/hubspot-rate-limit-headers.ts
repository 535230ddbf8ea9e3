/**
 * HubSpot's `X-HubSpot-RateLimit-*` headers. Most endpoints send the ten-second window
 * (`-Max`, `-Remaining`, `-Interval-Milliseconds`), the per-second one and the daily one; search
 * responses were recorded with the daily pair only, so a missing group is normal, not an error.
 */
import { type HeaderSource, headerValue } from './faults.js';

export interface HubSpotRateLimits {
  readonly daily?: { readonly max: number; readonly remaining: number };
  readonly interval?: { readonly max: number; readonly remaining: number; readonly intervalMs: number };
  readonly secondly?: { readonly max: number; readonly remaining: number };
}

function whole(headers: HeaderSource | undefined, name: string): number | null {
  const value = headerValue(headers, name);
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}

export function parseHubSpotRateLimits(headers: HeaderSource | undefined): HubSpotRateLimits {
  const result: {
    daily?: HubSpotRateLimits['daily'];
    interval?: HubSpotRateLimits['interval'];
    secondly?: HubSpotRateLimits['secondly'];
  } = {};
  const dailyMax = whole(headers, 'x-hubspot-ratelimit-daily');
  const dailyRemaining = whole(headers, 'x-hubspot-ratelimit-daily-remaining');
  if (dailyMax !== null && dailyRemaining !== null)
    result.daily = { max: dailyMax, remaining: dailyRemaining };
  const max = whole(headers, 'x-hubspot-ratelimit-max');
  const remaining = whole(headers, 'x-hubspot-ratelimit-remaining');
  const intervalMs = whole(headers, 'x-hubspot-ratelimit-interval-milliseconds');
  if (max !== null && remaining !== null && intervalMs !== null)
    result.interval = { max, remaining, intervalMs };
  const secondlyMax = whole(headers, 'x-hubspot-ratelimit-secondly');
  const secondlyRemaining = whole(headers, 'x-hubspot-ratelimit-secondly-remaining');
  if (secondlyMax !== null && secondlyRemaining !== null) {
    result.secondly = { max: secondlyMax, remaining: secondlyRemaining };
  }
  return result;
}
