/**
 * API usage as the CRMs report it on every answer: Salesforce's `Sforce-Limit-Info`
 * (`api-usage=N/M`, the org's last 24 hours; reps lack the permission `/limits` needs) and
 * HubSpot's daily `X-HubSpot-RateLimit-Daily(-Remaining)`. Kept per CRM, newest answer wins.
 */
import { type Crm, parseHubSpotRateLimits, parseSforceLimitInfo } from '@onpace/core/crm';
import type { HttpHeadersLike } from './http';
import type { ApiUsage } from './state';

export class UsageTracker {
  private readonly latest: Record<Crm, ApiUsage | null> = { salesforce: null, hubspot: null };

  /** For `CrmHttp`'s `onHeaders`. */
  readonly onHeaders = (crm: Crm, headers: HttpHeadersLike, nowMs: number): void => {
    const at = new Date(nowMs).toISOString();
    if (crm === 'salesforce') {
      const info = parseSforceLimitInfo(headers.get('sforce-limit-info'));
      if (info !== null) this.latest.salesforce = { used: info.used, max: info.max, at };
      return;
    }
    const daily = parseHubSpotRateLimits(headers).daily;
    if (daily !== undefined && daily.max > 0) {
      this.latest.hubspot = { used: Math.max(0, daily.max - daily.remaining), max: daily.max, at };
    }
  };

  usage(crm: Crm): ApiUsage | null {
    return this.latest[crm];
  }
}
