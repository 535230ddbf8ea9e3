/**
 * The meta-test of page detection (refined-github's habit): every detector has real sample
 * addresses, each sample is recognised by its own detector and by no other, and pages the
 * overlay must leave alone come out as `other`.
 */
import { describe, expect, it } from 'vitest';
import { hubspotAdapter } from '../../src/crm-adapters/hubspot/adapter';
import { HUBSPOT_OTHER_SAMPLES, HUBSPOT_PAGE_DETECTORS } from '../../src/crm-adapters/hubspot/pages';
import type { PageDetector } from '../../src/crm-adapters/page-detector';
import { salesforceAdapter } from '../../src/crm-adapters/salesforce/adapter';
import { SALESFORCE_OTHER_SAMPLES, SALESFORCE_PAGE_DETECTORS } from '../../src/crm-adapters/salesforce/pages';
import type { CrmAdapter } from '../../src/crm-adapters/types';

const CRMS: readonly (readonly [CrmAdapter, readonly PageDetector[], readonly string[]])[] = [
  [hubspotAdapter, HUBSPOT_PAGE_DETECTORS, HUBSPOT_OTHER_SAMPLES],
  [salesforceAdapter, SALESFORCE_PAGE_DETECTORS, SALESFORCE_OTHER_SAMPLES],
];

describe.each(CRMS)('%s page detectors', (adapter, detectors, others) => {
  it('has a detector for records, lists and home', () => {
    expect(detectors.map((detector) => detector.name)).toEqual([
      `${adapter.crm} record`,
      `${adapter.crm} list`,
      `${adapter.crm} home`,
    ]);
  });

  for (const detector of detectors) {
    describe(detector.name, () => {
      it('has sample URLs', () => {
        // The tuple type asks for one; this catches a cast or an empty spread.
        expect(detector.samples.length).toBeGreaterThan(0);
      });

      it.each(detector.samples)('recognises %s, and no other detector does', (sample) => {
        const url = new URL(sample);
        expect(detector.detect(url), sample).not.toBeNull();
        const claimedBy = detectors.filter((candidate) => candidate.detect(url) !== null).map((d) => d.name);
        expect(claimedBy).toEqual([detector.name]);
        expect(adapter.detectPage(url).crm).toBe(adapter.crm);
      });
    });
  }

  it.each(others)('leaves %s alone', (sample) => {
    expect(adapter.detectPage(new URL(sample))).toEqual({ crm: adapter.crm, kind: 'other' });
  });
});

describe('what a page says about itself', () => {
  it('a HubSpot deal record: object from the objectTypeId, id from the path', () => {
    expect(
      hubspotAdapter.detectPage(new URL('https://app.hubspot.com/contacts/1234567/record/0-3/9876543210')),
    ).toEqual({
      crm: 'hubspot',
      kind: 'record',
      objectType: 'deal',
      recordId: '9876543210',
    });
    for (const [typeId, objectType] of [
      ['0-1', 'contact'],
      ['0-2', 'company'],
      ['0-5', 'ticket'],
    ]) {
      const page = hubspotAdapter.detectPage(
        new URL(`https://app-eu1.hubspot.com/contacts/9/record/${typeId}/42`),
      );
      expect(page).toMatchObject({ kind: 'record', objectType, recordId: '42' });
    }
  });

  it('a HubSpot list: the object of the view', () => {
    expect(
      hubspotAdapter.detectPage(
        new URL('https://app.hubspot.com/contacts/1234567/objects/0-1/views/all/list'),
      ),
    ).toEqual({ crm: 'hubspot', kind: 'list', objectType: 'contact' });
  });

  it('a Salesforce record: the object API name and the id as written', () => {
    expect(
      salesforceAdapter.detectPage(
        new URL('https://acme.lightning.force.com/lightning/r/Opportunity/006xx000001AbcDAAS/view'),
      ),
    ).toEqual({
      crm: 'salesforce',
      kind: 'record',
      objectType: 'Opportunity',
      recordId: '006xx000001AbcDAAS',
    });
  });

  it('a Salesforce list and home', () => {
    expect(
      salesforceAdapter.detectPage(
        new URL('https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent'),
      ),
    ).toEqual({ crm: 'salesforce', kind: 'list', objectType: 'Opportunity' });
    expect(
      salesforceAdapter.detectPage(new URL('https://acme.lightning.force.com/lightning/page/home')),
    ).toEqual({
      crm: 'salesforce',
      kind: 'home',
    });
  });

  it('rejects a malformed Salesforce id (neither 15 nor 18 characters)', () => {
    expect(
      salesforceAdapter.detectPage(
        new URL('https://acme.lightning.force.com/lightning/r/Opportunity/006xx0001/view'),
      ).kind,
    ).toBe('other');
  });
});
