/**
 * Where the HubSpot content script runs: the app hosts listed in docs/crm.md
 * (app, EU and NA2 partitions). The marketing site www.hubspot.com is excluded.
 */
export const HUBSPOT_MATCHES: readonly string[] = [
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
];
