/**
 * Where the Salesforce content script runs: the Lightning UI host
 * `{MyDomain}.lightning.force.com` (docs/crm.md). The API host
 * `*.my.salesforce.com` is not a page reps work in, so it gets no overlay.
 */
export const SALESFORCE_MATCHES: readonly string[] = ['https://*.lightning.force.com/*'];
