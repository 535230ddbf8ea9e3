/** Who and where the demo is about: one rep, their manager, one Salesforce org, one HubSpot portal. */

export const PLAN_ZONE = 'America/New_York';

export const REP = {
  id: 'rep-jordan',
  name: 'Jordan Avery',
  email: 'jordan.avery@acme.test',
} as const;

export const MANAGER = {
  id: 'mgr-morgan',
  name: 'Morgan Lee',
  email: 'morgan.lee@acme.test',
} as const;

/** The org's My Domain: acme.my.salesforce.com (REST API) and acme.lightning.force.com (pages). */
export const SALESFORCE_API_HOST = 'acme.my.salesforce.com';
export const SALESFORCE_PAGE_HOST = 'acme.lightning.force.com';
export const HUBSPOT_API_HOST = 'api.hubapi.com';

/** Host names the browser sends to the fake CRM (`--host-resolver-rules`). */
export const CRM_API_HOSTS: readonly string[] = [SALESFORCE_API_HOST, HUBSPOT_API_HOST];
