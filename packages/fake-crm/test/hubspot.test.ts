import {
  HubSpotOwnersPage,
  HubSpotSearchPage,
  hubspotOwnersPath,
  hubspotSearchBody,
  hubspotSearchPath,
  ownerForEmail,
  parseHubSpotRateLimits,
} from '@onpace/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type FakeCrm,
  type HubSpotRecord,
  type SeededQuarter,
  seedQuarter,
  startFakeCrm,
} from '../src/index.js';
import { call, HUBSPOT_HOST, json } from './client.js';
import { recordedAnswer } from './recorded.js';

const quarter: SeededQuarter = seedQuarter({
  email: 'hana.hustle@acme.test',
  start: '2026-09-01',
  days: 21,
  timeZone: 'Europe/Berlin',
});
const token = quarter.hubspot.token;
const owner = quarter.hubspot.owners[0]?.id ?? '';
const range = { ownerId: owner, fromMs: quarter.window.fromMs, toMs: quarter.window.toMs };

let crm: FakeCrm;
beforeAll(async () => {
  crm = await startFakeCrm({ port: 0, seed: quarter, searchRequestsPerSecond: 0 });
});
beforeEach(() => crm.reset());
afterAll(() => crm.close());

/** `bearer` null sends no Authorization header. */
const search = (
  objectType: 'calls' | 'emails' | 'meetings' | 'deals',
  body: unknown,
  bearer: string | null = token,
) =>
  call(crm, {
    host: HUBSPOT_HOST,
    path: hubspotSearchPath(objectType),
    json: body,
    ...(bearer === null ? {} : { token: bearer }),
  });

describe('owners and authentication', () => {
  it('finds the owner by email; the id is the owner id, not the user id', async () => {
    const answer = await call(crm, {
      host: HUBSPOT_HOST,
      path: hubspotOwnersPath('Hana.Hustle@acme.test'),
      token,
    });
    const page = HubSpotOwnersPage.parse(json(answer));
    expect(page.results).toHaveLength(1);
    expect(ownerForEmail(page, 'hana.hustle@acme.test')).toMatchObject({ id: owner, userId: 12_282_590 });
    // A non-search endpoint carries the whole X-HubSpot-RateLimit set, as recorded.
    expect(parseHubSpotRateLimits(answer.headers).interval).toEqual({
      max: 190,
      remaining: 189,
      intervalMs: 10_000,
    });
  });

  it("refuses a missing or wrong token in HubSpot's error shape", async () => {
    for (const bearer of [null, 'pat-na1-wrong']) {
      const answer = await search('calls', hubspotSearchBody('calls', range), bearer);
      expect(answer.status).toBe(401);
      expect(json(answer)).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION' });
      expect(Object.keys(json<object>(answer)).sort()).toEqual([
        'category',
        'correlationId',
        'message',
        'status',
      ]);
    }
  });
});

describe('search', () => {
  it('filters by owner and time, pages with after, and reports the total', async () => {
    const first = HubSpotSearchPage.parse(
      json(await search('calls', hubspotSearchBody('calls', { ...range, limit: 50 }))),
    );
    expect(first.total).toBeGreaterThan(100);
    expect(first.results).toHaveLength(50);
    expect(first.paging?.next?.after).toBe('50');
    const ids = new Set<string>();
    let after: string | undefined = '0';
    while (after !== undefined) {
      const page = HubSpotSearchPage.parse(
        json(await search('calls', hubspotSearchBody('calls', { ...range, after, limit: 200 }))),
      );
      for (const result of page.results as HubSpotRecord[]) {
        ids.add(result.id);
        expect(result.properties.hubspot_owner_id).toBe(owner);
        const at = result.properties.hs_timestamp ?? '';
        const ms = /^\d+$/.test(at) ? Number(at) : Date.parse(at);
        expect(ms >= range.fromMs && ms < range.toMs).toBe(true);
      }
      after = page.paging?.next?.after;
    }
    expect(ids.size).toBe(first.total);
  });

  it('sorts as asked, with ISO and epoch-millisecond timestamps in one order', async () => {
    const page = json<{ results: HubSpotRecord[] }>(await search('calls', hubspotSearchBody('calls', range)));
    const times = page.results.map((result) => {
      const at = result.properties.hs_timestamp ?? '';
      return /^\d+$/.test(at) ? Number(at) : Date.parse(at);
    });
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(page.results.some((result) => /^\d+$/.test(result.properties.hs_timestamp ?? ''))).toBe(true);
  });

  it('returns requested properties (null when empty), the defaults, and drops unknown names', async () => {
    const body = {
      ...hubspotSearchBody('deals', range),
      properties: ['amount', 'hs_created_by_user_id', 'date_field'],
    };
    const [result] = json<{ results: HubSpotRecord[] }>(await search('deals', body)).results;
    expect(Object.keys(result?.properties ?? {}).sort()).toEqual([
      'amount',
      'createdate',
      'hs_created_by_user_id',
      'hs_lastmodifieddate',
      'hs_object_id',
    ]);
    expect(result?.properties.hs_created_by_user_id).toBeNull();
  });

  it('never returns archived records', async () => {
    const archived = quarter.hubspot.objects.calls.filter((record) => record.archived);
    expect(archived.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    let after: string | undefined = '0';
    while (after !== undefined) {
      const page = HubSpotSearchPage.parse(
        json(await search('calls', { filterGroups: [], limit: 200, after })),
      );
      for (const result of page.results as HubSpotRecord[]) ids.add(result.id);
      after = page.paging?.next?.after;
    }
    expect(archived.some((record) => ids.has(record.id))).toBe(false);
    expect(ids.size).toBe(quarter.hubspot.objects.calls.length - archived.length);
  });

  it('OR-s filter groups and supports BETWEEN, IN and HAS_PROPERTY', async () => {
    const between = {
      filterGroups: [
        {
          filters: [{ propertyName: 'hs_meeting_outcome', operator: 'IN', values: ['NO_SHOW', 'CANCELED'] }],
        },
        {
          filters: [
            {
              propertyName: 'hs_timestamp',
              operator: 'BETWEEN',
              value: String(range.fromMs),
              highValue: String(range.fromMs + 86_400_000),
            },
          ],
        },
      ],
      properties: ['hs_meeting_outcome', 'hs_timestamp'],
      limit: 200,
    };
    const page = json<{ total: number; results: HubSpotRecord[] }>(await search('meetings', between));
    const expected = quarter.hubspot.objects.meetings.filter((meeting) => {
      const at = Date.parse(meeting.properties.hs_timestamp ?? '');
      return (
        ['NO_SHOW', 'CANCELED'].includes(meeting.properties.hs_meeting_outcome ?? '') ||
        (at >= range.fromMs && at <= range.fromMs + 86_400_000)
      );
    });
    expect(page.total).toBe(expected.length);
    const has = json<{ total: number }>(
      await search('deals', {
        filterGroups: [{ filters: [{ propertyName: 'hs_created_by_user_id', operator: 'HAS_PROPERTY' }] }],
      }),
    );
    expect(has.total).toBe(0);
  });

  it('answers the 10,000-result cap, bad limits and unknown properties with 400 VALIDATION_ERROR', async () => {
    const many = Array.from({ length: 10_050 }, (_, index) => ({
      id: String(1_000_000 + index),
      properties: {
        hs_timestamp: new Date(range.fromMs + index * 60_000).toISOString(),
        hubspot_owner_id: owner,
      },
      createdAt: new Date(range.fromMs).toISOString(),
      updatedAt: new Date(range.fromMs).toISOString(),
    }));
    crm.setSeed({
      ...quarter,
      hubspot: { ...quarter.hubspot, objects: { ...quarter.hubspot.objects, calls: many } },
    });
    const last = json<{ total: number; paging?: { next?: { after: string } } }>(
      await search('calls', hubspotSearchBody('calls', { ...range, after: '9800' })),
    );
    expect(last.total).toBe(10_050);
    expect(last.paging?.next?.after).toBe('10000');
    for (const body of [
      hubspotSearchBody('calls', { ...range, after: '10000' }),
      { ...hubspotSearchBody('calls', range), limit: 201 },
      { filterGroups: [{ filters: [{ propertyName: 'hs_timestamps', operator: 'GTE', value: '0' }] }] },
      { filterGroups: Array.from({ length: 6 }, () => ({ filters: [] })) },
    ]) {
      const answer = await search('calls', body);
      expect(answer.status).toBe(400);
      expect(json(answer)).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
    }
  });

  it('carries only the daily rate-limit pair on search responses, as recorded', async () => {
    const answer = await search('emails', hubspotSearchBody('emails', range));
    expect(parseHubSpotRateLimits(answer.headers)).toEqual({ daily: { max: 250_000, remaining: 249_999 } });
    const recorded = recordedAnswer('hubspot/search-emails.json');
    expect(Object.keys(parseHubSpotRateLimits(recorded.headers))).toEqual(['daily']);
  });

  it('answers at the date-versioned path too', async () => {
    const answer = await call(crm, {
      host: HUBSPOT_HOST,
      path: '/crm/objects/2026-03/0-3/search',
      token,
      json: hubspotSearchBody('deals', range),
    });
    expect(HubSpotSearchPage.parse(json(answer)).total).toBeGreaterThan(0);
  });
});
