import { describe, expect, it } from 'vitest';
import {
  HUBSPOT_PROPERTIES,
  HUBSPOT_SEARCH_PAGE_LIMIT,
  HubSpotOwnersPage,
  hubspotOwnersPath,
  hubspotSearchBody,
  hubspotSearchPath,
  ownerForEmail,
} from '../../src/index.js';
import { readRecorded, recordedBody } from './fixtures.js';

/** The window and owner of the recorded searches: 2026-11-02..27 in America/Los_Angeles. */
const window = { ownerId: '71532086', fromMs: Date.UTC(2026, 10, 2, 8), toMs: Date.UTC(2026, 10, 28, 8) };

/**
 * What HubSpot's public OpenAPI spec of the CRM search (`PublicObjectSearchRequest`, `Filter`;
 * https://developers.hubspot.com/docs/api-reference/crm-calls-v3/search/post-crm-v3-objects-calls-search)
 * requires of a request, restated here.
 */
const SEARCH_REQUEST_REQUIRED = ['after', 'filterGroups', 'limit', 'properties', 'sorts'];
const FILTER_OPERATORS = [
  'BETWEEN',
  'CONTAINS_TOKEN',
  'EQ',
  'GT',
  'GTE',
  'HAS_PROPERTY',
  'IN',
  'LT',
  'LTE',
  'NEQ',
  'NOT_CONTAINS_TOKEN',
  'NOT_HAS_PROPERTY',
  'NOT_IN',
];

describe('hubspotSearchBody', () => {
  it('AND-s owner and time bounds in one group, sorted by the time property, 200 a page', () => {
    expect(hubspotSearchBody('calls', window)).toEqual({
      filterGroups: [
        {
          filters: [
            { propertyName: 'hubspot_owner_id', operator: 'EQ', value: '71532086' },
            { propertyName: 'hs_timestamp', operator: 'GTE', value: String(window.fromMs) },
            { propertyName: 'hs_timestamp', operator: 'LT', value: String(window.toMs) },
          ],
        },
      ],
      properties: HUBSPOT_PROPERTIES.calls,
      sorts: [{ propertyName: 'hs_timestamp', direction: 'ASCENDING' }],
      limit: 200,
      after: '0',
    });
  });

  it('OR-s one group per time property for meetings and deals', () => {
    const meetingTimes = hubspotSearchBody('meetings', window).filterGroups.map(
      (group) => group.filters[1]?.propertyName,
    );
    expect(meetingTimes).toEqual(['hs_createdate', 'hs_timestamp', 'hs_meeting_start_time']);
    const dealTimes = hubspotSearchBody('deals', window).filterGroups.map(
      (group) => group.filters[1]?.propertyName,
    );
    expect(dealTimes).toEqual(['createdate', 'closedate']);
  });

  it('adds hs_lastmodifieddate to every group when incremental, and sorts by it', () => {
    const body = hubspotSearchBody('deals', { ...window, modifiedSinceMs: 1_763_000_000_000, after: '400' });
    for (const group of body.filterGroups) {
      expect(group.filters).toContainEqual({
        propertyName: 'hs_lastmodifieddate',
        operator: 'GTE',
        value: '1763000000000',
      });
    }
    expect(body.sorts).toEqual([{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }]);
    expect(body.after).toBe('400');
    expect(hubspotSearchBody('emails', { ...window, sortBy: 'modified' }).sorts[0]?.propertyName).toBe(
      'hs_lastmodifieddate',
    );
  });

  it('filters by creator when asked', () => {
    const body = hubspotSearchBody('calls', {
      ...window,
      ownerProperty: 'hs_created_by_user_id',
      ownerId: '9043317',
    });
    expect(body.filterGroups[0]?.filters[0]).toEqual({
      propertyName: 'hs_created_by_user_id',
      operator: 'EQ',
      value: '9043317',
    });
  });

  it('stays inside the limits of the official spec and of search itself', () => {
    for (const objectType of ['calls', 'emails', 'meetings', 'deals'] as const) {
      const body = hubspotSearchBody(objectType, { ...window, modifiedSinceMs: 1 });
      for (const key of SEARCH_REQUEST_REQUIRED) expect(body).toHaveProperty(key);
      expect(body.limit).toBeLessThanOrEqual(HUBSPOT_SEARCH_PAGE_LIMIT);
      // Five groups, ten filters in a group, 25 in all (HubSpot changelog, Aug 2024).
      expect(body.filterGroups.length).toBeLessThanOrEqual(5);
      const filters = body.filterGroups.flatMap((group) => group.filters);
      expect(filters.length).toBeLessThanOrEqual(25);
      for (const filter of filters) expect(FILTER_OPERATORS).toContain(filter.operator);
    }
    expect(hubspotSearchPath('calls')).toBe('/crm/v3/objects/calls/search');
  });

  it('is, page for page, the request of each recorded search', () => {
    for (const objectType of ['emails', 'meetings', 'deals'] as const) {
      const recorded = readRecorded(`hubspot/search-${objectType}.json`);
      expect(recorded.request.url).toBe(`https://api.hubapi.com${hubspotSearchPath(objectType)}`);
      expect(hubspotSearchBody(objectType, window)).toEqual(recorded.request.body);
    }
    // The recorded call pages are two results long, so the second starts after 2.
    const first = readRecorded('hubspot/search-calls-first-page.json');
    const next = readRecorded('hubspot/search-calls-next-page.json');
    expect(hubspotSearchBody('calls', { ...window, limit: 2 })).toEqual(first.request.body);
    const after = (first.response.body as { paging: { next: { after: string } } }).paging.next.after;
    expect(hubspotSearchBody('calls', { ...window, limit: 2, after })).toEqual(next.request.body);
    const incremental = readRecorded('hubspot/search-empty.json');
    expect(hubspotSearchBody('emails', { ...window, modifiedSinceMs: Date.UTC(2026, 10, 18, 21) })).toEqual(
      incremental.request.body,
    );
  });

  it('refuses bad windows, limits and cursors', () => {
    expect(() => hubspotSearchBody('calls', { ...window, toMs: window.fromMs })).toThrow(RangeError);
    expect(() => hubspotSearchBody('calls', { ...window, fromMs: 1.5 })).toThrow(RangeError);
    expect(() => hubspotSearchBody('calls', { ...window, limit: 201 })).toThrow(RangeError);
    expect(() => hubspotSearchBody('calls', { ...window, after: 'abc' })).toThrow(RangeError);
    expect(() => hubspotSearchBody('calls', { ...window, ownerId: '' })).toThrow(RangeError);
  });
});

describe('owners', () => {
  it('finds the owner id, not the login user id, in the recorded owners response', () => {
    const recorded = readRecorded('hubspot/owners-by-email.json');
    expect(recorded.request.url).toBe(
      `https://api.hubapi.com${hubspotOwnersPath('jordan.avery@northwind-outfitters.test')}`,
    );
    const page = HubSpotOwnersPage.parse(recordedBody('hubspot/owners-by-email.json'));
    const owner = ownerForEmail(page, ' Jordan.Avery@Northwind-Outfitters.test ');
    expect(owner).toMatchObject({ id: '71532086', userId: 9043317, archived: false });
    expect(ownerForEmail(page, 'morgan.lee@northwind-outfitters.test')).toBeNull();
  });

  it('prefers an active owner over an archived one with the same email', () => {
    const page = HubSpotOwnersPage.parse({
      results: [
        { id: '1', email: 'rep@acme.test', archived: true },
        { id: '2', email: 'rep@acme.test', archived: false },
      ],
    });
    expect(ownerForEmail(page, 'rep@acme.test')?.id).toBe('2');
    expect(hubspotOwnersPath('rep+1@acme.test')).toBe('/crm/v3/owners?email=rep%2B1%40acme.test&limit=100');
  });
});
