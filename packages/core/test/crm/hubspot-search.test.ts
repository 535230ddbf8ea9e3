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
import { readExchange, readFixture } from './fixtures.js';

const window = { ownerId: '52550153', fromMs: Date.UTC(2026, 10, 2, 5), toMs: Date.UTC(2026, 10, 28, 5) };

interface SchemaExcerpt {
  required: string[];
  properties: Record<string, { enum?: string[]; description?: string }>;
}

const spec = readFixture('hubspot/hubspot-public-api-spec__search_owners_oauth_accountinfo_excerpt.json') as {
  calls: { search_operations: Record<string, unknown> };
  components_from_calls_spec: Record<string, SchemaExcerpt>;
};

describe('hubspotSearchBody', () => {
  it('AND-s owner and time bounds in one group, sorted by the time property, 200 a page', () => {
    expect(hubspotSearchBody('calls', window)).toEqual({
      filterGroups: [
        {
          filters: [
            { propertyName: 'hubspot_owner_id', operator: 'EQ', value: '52550153' },
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
      ownerId: '12282590',
    });
    expect(body.filterGroups[0]?.filters[0]).toEqual({
      propertyName: 'hs_created_by_user_id',
      operator: 'EQ',
      value: '12282590',
    });
  });

  it('stays inside the limits of the official spec and of search itself', () => {
    const request = spec.components_from_calls_spec.PublicObjectSearchRequest;
    const operators = spec.components_from_calls_spec.Filter?.properties.operator?.enum ?? [];
    expect(request?.properties.limit?.description).toContain('up to 200');
    for (const objectType of ['calls', 'emails', 'meetings', 'deals'] as const) {
      const body = hubspotSearchBody(objectType, { ...window, modifiedSinceMs: 1 });
      for (const key of request?.required ?? []) expect(body).toHaveProperty(key);
      expect(body.limit).toBeLessThanOrEqual(HUBSPOT_SEARCH_PAGE_LIMIT);
      // Five groups, ten filters in a group, 25 in all (HubSpot changelog, Aug 2024).
      expect(body.filterGroups.length).toBeLessThanOrEqual(5);
      const filters = body.filterGroups.flatMap((group) => group.filters);
      expect(filters.length).toBeLessThanOrEqual(25);
      for (const filter of filters) expect(operators).toContain(filter.operator);
    }
    expect(Object.keys(spec.calls.search_operations)).toEqual(['/crm/objects/2026-03/calls/search']);
    expect(hubspotSearchPath('calls')).toBe('/crm/v3/objects/calls/search');
  });

  it('looks like the search request HubSpot answered in the recording', () => {
    const recorded = readExchange('hubspot/grouparoo_nock__search_200_with_results.json').requestBody as {
      filterGroups: { filters: { propertyName: string; operator: string; value: string }[] }[];
    };
    const ours = hubspotSearchBody('calls', window);
    expect(Object.keys(ours.filterGroups[0]?.filters[0] ?? {})).toEqual(
      Object.keys(recorded.filterGroups[0]?.filters[0] ?? {}),
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
    const page = HubSpotOwnersPage.parse(readFixture('hubspot/airbyte__owners_archived.json'));
    const owner = ownerForEmail(page, 'Integration-Test@Airbyte.io ');
    expect(owner).toMatchObject({ id: '52550153', userId: 12282590, archived: true });
    expect(ownerForEmail(page, 'someone@else.io')).toBeNull();
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
