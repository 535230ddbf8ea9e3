/**
 * `Sforce-Limit-Info`, on every Salesforce REST response: the org's API usage over the last 24
 * hours (`api-usage=18/15000`), and with a connected app also its own share
 * (`per-app-api-usage=17/250(appName=sample-connected-app)`). Reps lack the permission `/limits`
 * needs, so this header is how the extension shows usage.
 */

export interface ApiUsage {
  readonly used: number;
  readonly max: number;
}

export interface SforceLimitInfo extends ApiUsage {
  readonly perApp?: ApiUsage & { readonly appName: string | null };
}

const API_USAGE = /(?:^|[;,\s])api-usage=(\d+)\/(\d+)/;
const PER_APP_USAGE = /per-app-api-usage=(\d+)\/(\d+)(?:\(appName=([^)]*)\))?/;

/** The usage in the header, or null when the header is absent or says something else. */
export function parseSforceLimitInfo(header: string | null | undefined): SforceLimitInfo | null {
  if (header === null || header === undefined) return null;
  const usage = API_USAGE.exec(header);
  if (!usage) return null;
  const used = Number(usage[1]);
  const max = Number(usage[2]);
  if (max === 0) return null;
  const perApp = PER_APP_USAGE.exec(header);
  if (!perApp) return { used, max };
  return {
    used,
    max,
    perApp: { used: Number(perApp[1]), max: Number(perApp[2]), appName: perApp[3] ?? null },
  };
}
