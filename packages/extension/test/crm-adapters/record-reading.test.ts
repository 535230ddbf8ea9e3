// @vitest-environment happy-dom
/**
 * Reading the open record from the dated fixture pages: object and id from the URL, the name
 * from the live view, never from a stale hidden one, and a named SelectorError when the
 * landmarks are gone.
 */
import { describe, expect, it } from 'vitest';
import { hubspotAdapter } from '../../src/crm-adapters/hubspot/adapter';
import { readPageRecord } from '../../src/crm-adapters/read-record';
import { salesforceAdapter } from '../../src/crm-adapters/salesforce/adapter';
import { SelectorError } from '../../src/crm-adapters/selector-error';
import type { CrmAdapter, RecordPage } from '../../src/crm-adapters/types';
import { fixtureDocument } from './fixture-dom';

function recordPage(adapter: CrmAdapter, href: string): { page: RecordPage; url: URL } {
  const url = new URL(href);
  const page = adapter.detectPage(url);
  if (page.kind !== 'record') throw new Error(`${href} is not a record page`);
  return { page, url };
}

describe('HubSpot', () => {
  it('deal record (2024-2026 layout): the highlight title', () => {
    const doc = fixtureDocument('hubspot-deal-record.html');
    const { page, url } = recordPage(hubspotAdapter, 'https://app.hubspot.com/contacts/123/record/0-3/456');
    expect(readPageRecord(hubspotAdapter, doc, page, url)).toEqual({
      crm: 'hubspot',
      objectType: 'deal',
      id: '456',
      name: 'Acme renewal',
      url: 'https://app.hubspot.com/contacts/123/record/0-3/456',
    });
  });

  it('contact record (before-2024 layout): the profile highlight h3, not a hidden tab', () => {
    const doc = fixtureDocument('hubspot-contact-record.html');
    expect(hubspotAdapter.readRecordName(doc)).toBe('Jordan Lee');
  });

  it('a list view has no record name: a named SelectorError', () => {
    const doc = fixtureDocument('hubspot-deal-list.html');
    expect(() => hubspotAdapter.readRecordName(doc)).toThrow(SelectorError);
    expect(() => hubspotAdapter.readRecordName(doc)).toThrow(/hubspot: no element for recordName/);
  });

  it('falls back to the tab title when the markup moved', () => {
    expect(hubspotAdapter.recordNameFromTitle('Acme renewal | Deal')).toBe('Acme renewal');
    expect(hubspotAdapter.recordNameFromTitle('Deal: Acme renewal')).toBe('Acme renewal');
    expect(hubspotAdapter.recordNameFromTitle('HubSpot')).toBeUndefined();
  });

  it('measuring the chrome needs the global toolbar', () => {
    expect(() => hubspotAdapter.measureChrome(fixtureDocument('salesforce-no-anchors.html'))).toThrow(
      /hubspot: no element for globalToolbar/,
    );
  });
});

describe('Salesforce', () => {
  it('opportunity record: the active view, not the stale hidden one before it', () => {
    const doc = fixtureDocument('salesforce-opportunity-record.html');
    const { page, url } = recordPage(
      salesforceAdapter,
      'https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001AbcD/view',
    );
    const record = readPageRecord(salesforceAdapter, doc, page, url);
    expect(record).toEqual({
      crm: 'salesforce',
      objectType: 'Opportunity',
      id: '006xx000001AbcD',
      name: 'Acme renewal',
      url: url.href,
    });
    // The stale view really is there, first in document order.
    expect(doc.querySelector('lightning-formatted-text')?.textContent).toBe('Globex expansion');
  });

  it('a page without the landmarks: SelectorErrors, and the title as last resort', () => {
    const doc = fixtureDocument('salesforce-no-anchors.html');
    expect(() => salesforceAdapter.readRecordName(doc)).toThrow(/salesforce: no element for activeView/);
    expect(() => salesforceAdapter.measureChrome(doc)).toThrow(
      /salesforce: no element for header \(#oneHeader\)/,
    );
    const { page, url } = recordPage(
      salesforceAdapter,
      'https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001AbcD/view',
    );
    // "Salesforce" alone is not a record title: no name rather than a wrong one.
    expect(readPageRecord(salesforceAdapter, doc, page, url).name).toBeUndefined();
  });

  it('reads the name from a Lightning title', () => {
    expect(salesforceAdapter.recordNameFromTitle('Acme renewal | Opportunity | Salesforce')).toBe(
      'Acme renewal',
    );
    expect(salesforceAdapter.recordNameFromTitle('Recently Viewed | Opportunities | Salesforce')).toBe(
      'Recently Viewed',
    );
  });

  it('the error message names selectors, never page content', () => {
    const doc = fixtureDocument('salesforce-opportunity-list.html');
    try {
      salesforceAdapter.readRecordName(doc);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SelectorError);
      expect(String(error)).not.toMatch(/Acme|Globex/);
    }
  });
});
