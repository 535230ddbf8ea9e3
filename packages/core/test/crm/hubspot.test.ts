import { describe, expect, it } from 'vitest';
import {
  Activity as ActivitySchema,
  activitiesFromHubSpot,
  CountingDefinitions,
  HUBSPOT_CONNECTED_OUTCOME,
  HUBSPOT_PROPERTIES,
  HubSpotSearchPage,
  type MappingResult,
} from '../../src/index.js';
import { recordedBody, recordedResults } from './fixtures.js';
import { HUBSPOT_OWNER, hsCall, hsDeal, hsEmail, hsMeeting, TIME_ZONE } from './payloads.js';

const options = { timeZone: TIME_ZONE };

function counted(result: MappingResult): string[] {
  return result.activities
    .filter((activity) => activity.deleted !== true)
    .map((a) => `${a.id} ${a.metric}@${a.occurredAt}${a.amount === undefined ? '' : `=${a.amount}`}`);
}

function tombstoned(result: MappingResult): string[] {
  return result.activities.filter((activity) => activity.deleted === true).map((a) => `${a.id} ${a.metric}`);
}

describe('the recorded HubSpot searches (recorded/hubspot)', () => {
  const app = { host: 'app.hubspot.com', portalId: '48213907' };

  it('reads every recorded search answer as a page, paging by after', () => {
    const first = HubSpotSearchPage.parse(recordedBody('hubspot/search-calls-first-page.json'));
    expect(first).toMatchObject({ total: 3, paging: { next: { after: '2' } } });
    const next = HubSpotSearchPage.parse(recordedBody('hubspot/search-calls-next-page.json'));
    expect(next.paging).toBeUndefined();
    expect(first.results.length + next.results.length).toBe(first.total);
    const empty = HubSpotSearchPage.parse(recordedBody('hubspot/search-empty.json'));
    expect(activitiesFromHubSpot('emails', empty.results, undefined, options)).toEqual({
      activities: [],
      problems: [],
    });
  });

  it('counts the recorded calls: every call, and a connect only for the Connected outcome', () => {
    const results = [
      ...recordedResults('hubspot/search-calls-first-page.json'),
      ...recordedResults('hubspot/search-calls-next-page.json'),
    ];
    const result = activitiesFromHubSpot('calls', results, undefined, options);
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([
      '81000000001 calls@2026-11-16T17:02:00.000Z',
      '81000000001 connects@2026-11-16T17:02:00.000Z',
      '81000000002 calls@2026-11-16T17:40:00.000Z',
      '81000000003 calls@2026-11-17T20:15:00.000Z',
    ]);
    expect(result.activities[0]).toMatchObject({
      ownerId: '71532086',
      modifiedAt: '2026-11-16T17:09:33.105Z',
    });
  });

  it('counts the recorded emails (sent only) and meetings (booked; held unless a no-show)', () => {
    const emails = activitiesFromHubSpot(
      'emails',
      recordedResults('hubspot/search-emails.json'),
      undefined,
      options,
    );
    expect(emails.problems).toEqual([]);
    expect(counted(emails)).toEqual(['82000000001 emails@2026-11-17T16:30:00.000Z']);
    const meetings = activitiesFromHubSpot(
      'meetings',
      recordedResults('hubspot/search-meetings.json'),
      undefined,
      {
        ...options,
        asOf: '2026-11-18T21:00:00Z',
      },
    );
    expect(meetings.problems).toEqual([]);
    expect(counted(meetings)).toEqual([
      '83000000001 meetings_booked@2026-11-09T22:47:10.229Z',
      '83000000001 meetings_held@2026-11-13T18:00:00.000Z',
      '83000000002 meetings_booked@2026-11-10T17:05:44.016Z',
      '83000000003 meetings_booked@2026-11-18T16:12:08.730Z',
    ]);
  });

  it('counts the recorded deals: created with the deal amount, won at closedate, linked to their page', () => {
    const result = activitiesFromHubSpot('deals', recordedResults('hubspot/search-deals.json'), undefined, {
      ...options,
      app,
    });
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([
      '91000000001 opportunities_created@2026-11-04T18:20:11.402Z',
      '91000000001 pipeline_created@2026-11-04T18:20:11.402Z=18000',
      '91000000002 opportunities_created@2026-11-06T15:48:37.925Z',
      '91000000002 pipeline_created@2026-11-06T15:48:37.925Z=6250',
      '91000000002 deals_won@2026-11-19T23:10:00.000Z',
      '91000000002 revenue_won@2026-11-19T23:10:00.000Z=6250',
    ]);
    expect(result.activities[0]?.recordUrl).toBe(
      'https://app.hubspot.com/contacts/48213907/record/0-3/91000000001',
    );
    const home = CountingDefinitions.parse({
      hubspot: { deals: { amountProperty: 'amount_in_home_currency' } },
    });
    expect(
      counted(activitiesFromHubSpot('deals', recordedResults('hubspot/search-deals.json'), home, options)),
    ).toContain('91000000002 revenue_won@2026-11-19T23:10:00.000Z=5912.5');
  });

  it('reports the recorded calls, read as deals, by id and each missing deal property', () => {
    const [call] = recordedResults('hubspot/search-calls-first-page.json');
    const result = activitiesFromHubSpot('deals', [call], undefined, options);
    expect(result.activities).toEqual([]);
    expect(result.problems).toEqual([
      { id: '81000000001', field: 'properties.createdate', message: 'is required' },
      { id: '81000000001', field: 'properties.hs_is_closed_won', message: 'is required' },
      { id: '81000000001', field: 'properties.closedate', message: 'is required' },
    ]);
  });

  it('refuses values re-typed by a connector (numbers, booleans, +00:00 datetimes are not API strings)', () => {
    const [deal] = recordedResults('hubspot/search-deals.json') as { properties: Record<string, unknown> }[];
    const retyped = {
      ...deal,
      properties: { ...deal?.properties, amount: 18000, hs_is_closed_won: false },
    };
    const result = activitiesFromHubSpot('deals', [retyped], undefined, options);
    expect(result.activities).toEqual([]);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { id: '91000000001', field: 'properties.amount', message: 'must be a string, got a number' },
        {
          id: '91000000001',
          field: 'properties.hs_is_closed_won',
          message: 'must be a string, got a boolean',
        },
      ]),
    );
  });
});

describe('calls and connects', () => {
  it('counts every call at hs_timestamp, and a connect only for a connected outcome id', () => {
    const result = activitiesFromHubSpot(
      'calls',
      [hsCall('101'), hsCall('102', { hs_call_disposition: HUBSPOT_CONNECTED_OUTCOME })],
      undefined,
      options,
    );
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([
      '101 calls@2026-11-18T17:04:05.000Z',
      '102 calls@2026-11-18T17:04:05.000Z',
      '102 connects@2026-11-18T17:04:05.000Z',
    ]);
    expect(tombstoned(result)).toEqual(['101 connects']);
    expect(result.activities[0]).toMatchObject({
      ownerId: HUBSPOT_OWNER,
      modifiedAt: '2026-11-18T17:05:00.000Z',
    });
  });

  it('reads epoch-millisecond text as well as ISO text', () => {
    const epoch = String(Date.UTC(2026, 10, 18, 17, 4, 5));
    expect(
      counted(activitiesFromHubSpot('calls', [hsCall('103', { hs_timestamp: epoch })], undefined, options)),
    ).toEqual(['103 calls@2026-11-18T17:04:05.000Z']);
  });

  it('reports unreadable timestamps instead of guessing: seconds, a bare date, a local time', () => {
    const result = activitiesFromHubSpot(
      'calls',
      [
        hsCall('104', { hs_timestamp: '1763485445' }),
        hsCall('105', { hs_timestamp: '2026-11-18' }),
        hsCall('106', { hs_timestamp: '2026-11-18T09:04:05' }),
        hsCall('107', { hs_timestamp: null }),
      ],
      undefined,
      options,
    );
    expect(result.activities).toEqual([]);
    expect(result.problems.map((problem) => `${problem.id} ${problem.field}`)).toEqual([
      '104 properties.hs_timestamp',
      '105 properties.hs_timestamp',
      '106 properties.hs_timestamp',
      '107 properties.hs_timestamp',
    ]);
    expect(result.problems[0]?.message).toBe(
      'must be an ISO-8601 instant or epoch milliseconds after 2000, got "1763485445"',
    );
  });

  it('filters by direction when defined, and then needs the direction property', () => {
    const outbound = CountingDefinitions.parse({ hubspot: { calls: { directions: ['OUTBOUND'] } } });
    const result = activitiesFromHubSpot(
      'calls',
      [hsCall('108', { hs_call_direction: 'INBOUND' }), hsCall('109')],
      outbound,
      options,
    );
    expect(counted(result)).toEqual(['109 calls@2026-11-18T17:04:05.000Z']);
    const { hs_call_direction: _omit, ...properties } = hsCall('110').properties;
    const missing = activitiesFromHubSpot('calls', [{ ...hsCall('110'), properties }], outbound, options);
    expect(missing.problems).toEqual([
      {
        id: '110',
        field: 'properties.hs_call_direction',
        message: 'is required to filter calls by direction',
      },
    ]);
  });
});

describe('emails', () => {
  it('counts sent emails only', () => {
    const result = activitiesFromHubSpot(
      'emails',
      [
        hsEmail('201'),
        hsEmail('202', { hs_email_direction: 'INCOMING_EMAIL' }),
        hsEmail('203', { hs_email_direction: null }),
      ],
      undefined,
      options,
    );
    expect(counted(result)).toEqual(['201 emails@2026-11-18T19:30:00.000Z']);
    expect(tombstoned(result)).toEqual(['202 emails']);
    expect(result.problems).toEqual([
      { id: '203', field: 'properties.hs_email_direction', message: 'is empty' },
    ]);
  });
});

describe('meetings', () => {
  it('books at hs_createdate and holds a COMPLETED meeting at its start time', () => {
    const result = activitiesFromHubSpot(
      'meetings',
      [hsMeeting('301', { hs_meeting_outcome: 'COMPLETED' })],
      undefined,
      { ...options, asOf: '2026-11-01T00:00:00Z' },
    );
    expect(counted(result)).toEqual([
      '301 meetings_booked@2026-11-16T22:15:00.000Z',
      '301 meetings_held@2026-11-20T18:00:00.000Z',
    ]);
  });

  it('never holds a no-show or a cancelled meeting; holds a scheduled one once its start has passed', () => {
    const records = [
      hsMeeting('302', { hs_meeting_outcome: 'NO_SHOW' }),
      hsMeeting('303', { hs_meeting_outcome: 'CANCELED' }),
      hsMeeting('304'),
      hsMeeting('305', { hs_meeting_outcome: null, hs_meeting_start_time: null }),
    ];
    const before = activitiesFromHubSpot('meetings', records, undefined, {
      ...options,
      asOf: '2026-11-19T00:00:00Z',
    });
    expect(counted(before).filter((line) => line.includes('held'))).toEqual([]);
    const after = activitiesFromHubSpot('meetings', records, undefined, {
      ...options,
      asOf: '2026-11-21T00:00:00Z',
    });
    expect(counted(after).filter((line) => line.includes('held'))).toEqual([
      '304 meetings_held@2026-11-20T18:00:00.000Z',
      '305 meetings_held@2026-11-20T18:00:00.000Z',
    ]);
    const noTime = CountingDefinitions.parse({ hubspot: { meetings: { pastStartCountsAsHeld: false } } });
    const strict = activitiesFromHubSpot('meetings', records, noTime, {
      ...options,
      asOf: '2026-11-21T00:00:00Z',
    });
    expect(counted(strict).filter((line) => line.includes('held'))).toEqual([]);
  });

  it('books at hs_timestamp when so defined, and falls back to createdAt without hs_createdate', () => {
    const byTimestamp = CountingDefinitions.parse({ hubspot: { meetings: { bookedAt: 'hs_timestamp' } } });
    expect(counted(activitiesFromHubSpot('meetings', [hsMeeting('306')], byTimestamp, options))[0]).toBe(
      '306 meetings_booked@2026-11-20T18:00:00.000Z',
    );
    const noCreateDate = hsMeeting('307', { hs_createdate: null });
    expect(counted(activitiesFromHubSpot('meetings', [noCreateDate], undefined, options))[0]).toBe(
      '307 meetings_booked@2026-11-16T22:15:00.000Z',
    );
  });
});

describe('deals', () => {
  it('yields 2 activities for an open deal and 4 for a won one, amounts read from decimal text', () => {
    const open = activitiesFromHubSpot('deals', [hsDeal('401')], undefined, options);
    expect(counted(open)).toEqual([
      '401 opportunities_created@2026-11-03T16:30:00.000Z',
      '401 pipeline_created@2026-11-03T16:30:00.000Z=12500',
    ]);
    expect(tombstoned(open)).toEqual(['401 deals_won', '401 revenue_won']);
    const won = activitiesFromHubSpot(
      'deals',
      [hsDeal('402', { hs_is_closed_won: 'true', amount: '1500.00', closedate: '2026-11-20T23:59:00Z' })],
      undefined,
      options,
    );
    expect(counted(won)).toEqual([
      '402 opportunities_created@2026-11-03T16:30:00.000Z',
      '402 pipeline_created@2026-11-03T16:30:00.000Z=1500',
      '402 deals_won@2026-11-20T23:59:00.000Z',
      '402 revenue_won@2026-11-20T23:59:00.000Z=1500',
    ]);
  });

  it('reads amount_in_home_currency when so defined', () => {
    const home = CountingDefinitions.parse({
      hubspot: { deals: { amountProperty: 'amount_in_home_currency' } },
    });
    expect(counted(activitiesFromHubSpot('deals', [hsDeal('403')], home, options))).toContain(
      '403 pipeline_created@2026-11-03T16:30:00.000Z=11800.5',
    );
  });

  it('reports unreadable amounts and booleans with the id, and never counts them as 0', () => {
    const result = activitiesFromHubSpot(
      'deals',
      [
        hsDeal('404', { amount: '1,500.00' }),
        hsDeal('405', { amount: '1e3' }),
        hsDeal('406', { amount: '-20' }),
        hsDeal('407', { hs_is_closed_won: 'TRUE' }),
        hsDeal('408', { hs_is_closed_won: 'true', closedate: null }),
      ],
      undefined,
      options,
    );
    expect(result.activities).toEqual([]);
    expect(result.problems).toEqual([
      { id: '404', field: 'properties.amount', message: 'must be a decimal number, got "1,500.00"' },
      { id: '405', field: 'properties.amount', message: 'must be a decimal number, got "1e3"' },
      { id: '406', field: 'properties.amount', message: 'must not be negative, got "-20"' },
      { id: '407', field: 'properties.hs_is_closed_won', message: 'must be "true" or "false", got "TRUE"' },
      { id: '408', field: 'properties.closedate', message: 'is required for a won deal' },
    ]);
  });

  it('counts an empty amount as 0 by default, or reports it when so defined', () => {
    expect(
      counted(activitiesFromHubSpot('deals', [hsDeal('409', { amount: '' })], undefined, options)),
    ).toContain('409 pipeline_created@2026-11-03T16:30:00.000Z=0');
    const strict = CountingDefinitions.parse({ hubspot: { deals: { missingAmount: 'problem' } } });
    expect(
      activitiesFromHubSpot('deals', [hsDeal('410', { amount: null })], strict, options).problems,
    ).toEqual([{ id: '410', field: 'properties.amount', message: 'is empty' }]);
  });

  it('turns an archived record into tombstones for every metric, even with unreadable properties', () => {
    const archived = { ...hsDeal('411', { amount: 'n/a' }), archived: true };
    const result = activitiesFromHubSpot('deals', [archived], undefined, options);
    expect(result.problems).toEqual([]);
    expect(tombstoned(result)).toEqual([
      '411 opportunities_created',
      '411 pipeline_created',
      '411 deals_won',
      '411 revenue_won',
    ]);
  });

  it('links deals to their record page when given the portal', () => {
    const [activity] = activitiesFromHubSpot('deals', [hsDeal('412')], undefined, {
      ...options,
      app: { host: 'app-eu1.hubspot.com', portalId: '48213907' },
    }).activities;
    expect(activity?.recordUrl).toBe('https://app-eu1.hubspot.com/contacts/48213907/record/0-3/412');
    expect(() =>
      activitiesFromHubSpot('deals', [], undefined, { ...options, app: { host: 'x', portalId: 'abc' } }),
    ).toThrow(RangeError);
  });
});

describe('guards', () => {
  it('reads records holding exactly the properties the search asks for', () => {
    const exact = (
      objectType: 'calls' | 'emails' | 'meetings' | 'deals',
      values: Record<string, string | null>,
    ) => ({
      id: '1',
      createdAt: '2026-11-18T17:03:00.000Z',
      updatedAt: '2026-11-18T17:03:00.000Z',
      archived: false,
      properties: Object.fromEntries(
        HUBSPOT_PROPERTIES[objectType].map((name) => [name, values[name] ?? null]),
      ),
    });
    const at = '2026-11-18T17:03:00.000Z';
    expect(
      activitiesFromHubSpot('calls', [exact('calls', { hs_timestamp: at })], undefined, options).problems,
    ).toEqual([]);
    expect(
      activitiesFromHubSpot(
        'emails',
        [exact('emails', { hs_timestamp: at, hs_email_direction: 'EMAIL' })],
        undefined,
        options,
      ).problems,
    ).toEqual([]);
    expect(
      activitiesFromHubSpot('meetings', [exact('meetings', { hs_timestamp: at })], undefined, options)
        .problems,
    ).toEqual([]);
    expect(
      activitiesFromHubSpot(
        'deals',
        [exact('deals', { createdate: at, hs_is_closed_won: 'false' })],
        undefined,
        options,
      ).problems,
    ).toEqual([]);
  });

  it('reports a record without a numeric id or with non-string properties', () => {
    const result = activitiesFromHubSpot(
      'calls',
      [
        { ...hsCall('x1') },
        { ...hsCall('111'), properties: { ...hsCall('111').properties, hs_call_status: 3 } },
      ],
      undefined,
      options,
    );
    expect(result.problems.map((problem) => `${problem.id} ${problem.field}`)).toEqual([
      'x1 id',
      '111 properties.hs_call_status',
    ]);
  });

  it('produces only activities that pass the Activity schema', () => {
    const all = [
      ...activitiesFromHubSpot(
        'calls',
        [hsCall('1', { hs_call_disposition: HUBSPOT_CONNECTED_OUTCOME })],
        undefined,
        options,
      ).activities,
      ...activitiesFromHubSpot('emails', [hsEmail('2')], undefined, options).activities,
      ...activitiesFromHubSpot('meetings', [hsMeeting('3')], undefined, options).activities,
      ...activitiesFromHubSpot('deals', [hsDeal('4', { hs_is_closed_won: 'true' })], undefined, options)
        .activities,
    ];
    expect(all).toHaveLength(9);
    for (const activity of all) expect(ActivitySchema.safeParse(activity).success).toBe(true);
  });
});
