import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { HUBSPOT_MATCHES } from '../src/crm-adapters/hubspot/hosts';
import { SALESFORCE_MATCHES } from '../src/crm-adapters/salesforce/hosts';

function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((pattern) => new MatchPattern(pattern).includes(url));
}

// Sample URLs from docs/crm.md (hosts and page paths).
const hubspotPages = [
  'https://app.hubspot.com/contacts/123/record/0-3/456',
  'https://app-eu1.hubspot.com/contacts/123/objects/0-3/views/all/list',
  'https://app-na2.hubspot.com/contacts/123/record/0-1/789',
];
const salesforcePages = [
  'https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001AbcD/view',
  'https://acme.lightning.force.com/lightning/o/Task/list?filterName=Recent',
  'https://acme--dev.sandbox.lightning.force.com/lightning/page/home',
];
const otherPages = [
  'https://www.hubspot.com/products/crm',
  'https://acme.my.salesforce.com/services/data/v66.0/query',
  'https://example.com/contacts/123/record/0-3/456',
  'http://app.hubspot.com/contacts/123/record/0-3/456',
];

describe('content script matches', () => {
  it.each(hubspotPages)('HubSpot runs on %s', (url) => {
    expect(matchesAny(HUBSPOT_MATCHES, url)).toBe(true);
    expect(matchesAny(SALESFORCE_MATCHES, url)).toBe(false);
  });

  it.each(salesforcePages)('Salesforce runs on %s', (url) => {
    expect(matchesAny(SALESFORCE_MATCHES, url)).toBe(true);
    expect(matchesAny(HUBSPOT_MATCHES, url)).toBe(false);
  });

  it.each(otherPages)('nothing runs on %s', (url) => {
    expect(matchesAny([...HUBSPOT_MATCHES, ...SALESFORCE_MATCHES], url)).toBe(false);
  });
});
