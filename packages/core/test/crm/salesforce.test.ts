import { describe, expect, it } from 'vitest';
import {
  type Activity,
  Activity as ActivitySchema,
  activitiesFromSalesforce,
  CountingDefinitions,
  DEFAULT_COUNTING,
  latestVersions,
  type MappingResult,
  SALESFORCE_FIELDS,
  SalesforceDateTime,
  SalesforceQueryPage,
  soqlForWindow,
} from '../../src/index.js';
import { readRecorded, recordedBody, recordedRecords } from './fixtures.js';
import { CREATOR, REP, sfEvent, sfId, sfOpportunity, sfPage, sfTask, TIME_ZONE } from './payloads.js';

const options = { timeZone: TIME_ZONE };

/** The counted activities (tombstones left out), as `metric@occurredAt[=amount]`. */
function counted(result: MappingResult): string[] {
  return result.activities
    .filter((activity) => activity.deleted !== true)
    .map((a) => `${a.id} ${a.metric}@${a.occurredAt}${a.amount === undefined ? '' : `=${a.amount}`}`);
}

function tombstoned(result: MappingResult): string[] {
  return result.activities.filter((activity) => activity.deleted === true).map((a) => `${a.id} ${a.metric}`);
}

describe('the recorded Salesforce queries (recorded/salesforce)', () => {
  const lightningHost = 'northwind-outfitters.lightning.force.com';

  it('reads the datetime format REST uses, with a +0000 offset, from a recorded record', () => {
    const [record] = recordedRecords('salesforce/query-task-first-page.json') as {
      CompletedDateTime: string;
    }[];
    expect(record?.CompletedDateTime).toBe('2026-11-16T17:12:40.000+0000');
    expect(SalesforceDateTime.parse(record?.CompletedDateTime)).toBe(Date.UTC(2026, 10, 16, 17, 12, 40));
  });

  it('asks for exactly the fields the recorded records hold, on queryAll, oldest change first', () => {
    const { request } = readRecorded('salesforce/query-task-first-page.json');
    const soql = new URL(request.url).searchParams.get('q') ?? '';
    expect(soql).toBe(
      soqlForWindow('Task', {
        fromUtc: '2026-11-02T08:00:00Z',
        toUtc: '2026-11-28T08:00:00Z',
        ownerId: '0058c00000JoAvEAAU',
      }),
    );
    expect(new URL(request.url).pathname).toBe('/services/data/v66.0/queryAll');
    for (const [file, objectType] of [
      ['salesforce/query-task-first-page.json', 'Task'],
      ['salesforce/query-event.json', 'Event'],
      ['salesforce/query-opportunity.json', 'Opportunity'],
    ] as const) {
      for (const record of recordedRecords(file) as Record<string, unknown>[]) {
        expect(Object.keys(record)).toEqual(['attributes', ...SALESFORCE_FIELDS[objectType]]);
      }
    }
  });

  it('counts the recorded Task pages: a call, a connected call, an email, and a deleted call retracted', () => {
    const records = [
      ...recordedRecords('salesforce/query-task-first-page.json'),
      ...recordedRecords('salesforce/query-task-next-page.json'),
    ];
    const result = activitiesFromSalesforce('Task', records, undefined, { ...options, lightningHost });
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([
      '00T8c00000Tk001AAA calls@2026-11-16T17:12:40.000Z',
      '00T8c00000Tk002AAA calls@2026-11-16T18:30:15.000Z',
      '00T8c00000Tk002AAA connects@2026-11-16T18:30:15.000Z',
      '00T8c00000Tk003AAA emails@2026-11-17T16:05:00.000Z',
    ]);
    expect(tombstoned(result)).toContain('00T8c00000Tk004AAA calls');
    expect(result.activities.filter((activity) => activity.id === '00T8c00000Tk004AAA')).toHaveLength(3);
    expect(result.activities[0]).toMatchObject({
      ownerId: '0058c00000JoAvEAAU',
      modifiedAt: '2026-11-16T17:12:41.000Z',
      recordUrl: `https://${lightningHost}/lightning/r/Task/00T8c00000Tk001AAA/view`,
    });
  });

  it("counts the recorded Events: a booked and held meeting, an all-day one at the plan's noon, not an invitee's copy", () => {
    const result = activitiesFromSalesforce(
      'Event',
      recordedRecords('salesforce/query-event.json'),
      undefined,
      options,
    );
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([
      '00U8c00000Ev001AAA meetings_booked@2026-11-10T19:00:00.000Z',
      '00U8c00000Ev001AAA meetings_held@2026-11-18T21:00:00.000Z',
      '00U8c00000Ev002AAA meetings_booked@2026-11-12T17:30:00.000Z',
      // 2026-11-19 is all day: noon in America/Los_Angeles (PST), not the GMT midnight REST sends.
      '00U8c00000Ev002AAA meetings_held@2026-11-19T20:00:00.000Z',
    ]);
    expect(tombstoned(result)).toEqual([
      '00U8c00000Ev003AAA meetings_booked',
      '00U8c00000Ev003AAA meetings_held',
    ]);
  });

  it('counts the recorded Opportunities: created with amount, won at the close date, empty amount as 0', () => {
    const result = activitiesFromSalesforce(
      'Opportunity',
      recordedRecords('salesforce/query-opportunity.json'),
      undefined,
      options,
    );
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([
      '0068c00000Op002AAA opportunities_created@2026-10-28T16:02:00.000Z',
      '0068c00000Op002AAA pipeline_created@2026-10-28T16:02:00.000Z=23750.5',
      '0068c00000Op002AAA deals_won@2026-11-20T20:00:00.000Z',
      '0068c00000Op002AAA revenue_won@2026-11-20T20:00:00.000Z=23750.5',
      '0068c00000Op001AAA opportunities_created@2026-11-05T17:45:00.000Z',
      '0068c00000Op001AAA pipeline_created@2026-11-05T17:45:00.000Z=48000',
      '0068c00000Op003AAA opportunities_created@2026-11-16T19:20:00.000Z',
      '0068c00000Op003AAA pipeline_created@2026-11-16T19:20:00.000Z=0',
    ]);
  });

  it('reports a record of another object type under the id at the end of attributes.url', () => {
    const [record] = recordedRecords('salesforce/query-opportunity.json') as Record<string, unknown>[];
    const { Id: _withoutId, ...withoutId } = record ?? {};
    const result = activitiesFromSalesforce('Task', [withoutId], undefined, options);
    expect(result.activities).toEqual([]);
    expect(result.problems).toEqual([
      { id: '0068c00000Op002AAA', field: 'attributes.type', message: 'is "Opportunity", expected "Task"' },
    ]);
  });

  it('names every missing field of a record without type attributes', () => {
    const [record] = recordedRecords('salesforce/query-event.json') as Record<string, unknown>[];
    const { attributes: _ignored, Id: _id, CreatedDate: _created, ...rest } = record ?? {};
    const result = activitiesFromSalesforce('Opportunity', [rest], undefined, options);
    expect(result.activities).toEqual([]);
    expect(result.problems.map((problem) => `${problem.id} ${problem.field}: ${problem.message}`)).toEqual([
      '#0 Id: is required',
      '#0 CreatedDate: is required',
      '#0 Amount: is required',
      '#0 IsWon: is required',
      '#0 CloseDate: is required',
    ]);
  });

  it('reads every recorded query page as a page, and requires nextRecordsUrl while not done', () => {
    const first = SalesforceQueryPage.parse(recordedBody('salesforce/query-task-first-page.json'));
    expect(first).toMatchObject({
      done: false,
      nextRecordsUrl: '/services/data/v66.0/queryAll/01g8c00000QyLcAEAV-2',
      totalSize: 4,
    });
    const next = readRecorded('salesforce/query-task-next-page.json');
    expect(new URL(next.request.url).pathname).toBe(first.nextRecordsUrl);
    expect(SalesforceQueryPage.parse(next.response.body).done).toBe(true);
    const empty = SalesforceQueryPage.parse(recordedBody('salesforce/query-empty.json'));
    expect(activitiesFromSalesforce('Task', empty.records, undefined, options)).toEqual({
      activities: [],
      problems: [],
    });
    const { nextRecordsUrl: _drop, ...notDone } = first;
    expect(SalesforceQueryPage.safeParse(notDone).success).toBe(false);
  });

  it('reports AggregateResult rows (no Id, no url) by their position', () => {
    // The shape of `SELECT OwnerId, COUNT(Id) FROM Task GROUP BY OwnerId`: never a query of ours,
    // but an answer the mapping must refuse rather than misread.
    const rows = [0, 1, 2].map((n) => ({
      attributes: { type: 'AggregateResult' },
      OwnerId: `0058c00000Rep0${n}AAA`,
      expr0: 40 + n,
    }));
    const result = activitiesFromSalesforce('Opportunity', rows, undefined, options);
    expect(result.problems.map((problem) => problem.id)).toEqual(['#0', '#1', '#2']);
    expect(result.problems[0]?.message).toBe('is "AggregateResult", expected "Opportunity"');
  });
});

describe('Tasks: calls, connects and emails', () => {
  it('counts a logged call at CompletedDateTime, not as a connect, with owner and modification time', () => {
    const result = activitiesFromSalesforce('Task', [sfTask(1)], undefined, options);
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([`${sfId('00T', 1)} calls@2026-11-18T17:04:05.000Z`]);
    expect(tombstoned(result)).toEqual([`${sfId('00T', 1)} connects`, `${sfId('00T', 1)} emails`]);
    const call = result.activities[0];
    expect(call).toMatchObject({
      source: 'salesforce',
      ownerId: REP,
      modifiedAt: '2026-11-18T17:04:06.000Z',
    });
    expect(call?.recordUrl).toBeUndefined();
  });

  it('counts a connect when the call result matches, trimmed and case-insensitively', () => {
    const result = activitiesFromSalesforce(
      'Task',
      [sfTask(2, { CallDisposition: ' connected ' })],
      undefined,
      options,
    );
    expect(counted(result)).toEqual([
      `${sfId('00T', 2)} calls@2026-11-18T17:04:05.000Z`,
      `${sfId('00T', 2)} connects@2026-11-18T17:04:05.000Z`,
    ]);
  });

  it('falls back to Type = Call for a phone system task, dated by CreatedDate when never completed', () => {
    const phone = sfTask(3, { TaskSubtype: 'Task', CompletedDateTime: null, IsClosed: false });
    expect(counted(activitiesFromSalesforce('Task', [phone], undefined, options))).toEqual([
      `${sfId('00T', 3)} calls@2026-11-18T17:03:00.000Z`,
    ]);
    const noFallback = CountingDefinitions.parse({ salesforce: { calls: { typeFallback: [] } } });
    expect(counted(activitiesFromSalesforce('Task', [phone], noFallback, options))).toEqual([]);
    const closedOnly = CountingDefinitions.parse({ salesforce: { calls: { requireClosed: true } } });
    expect(counted(activitiesFromSalesforce('Task', [phone], closedOnly, options))).toEqual([]);
  });

  it('counts emails by subtype, and never counts a ListEmail, a to-do, or an email typed Call as a call', () => {
    const records = [
      sfTask(4, { TaskSubtype: 'Email', Type: 'Email', CallDisposition: null }),
      sfTask(5, { TaskSubtype: 'ListEmail', Type: 'Email', CallDisposition: null }),
      sfTask(6, { TaskSubtype: 'Task', Type: 'Other', CallDisposition: null, IsClosed: false }),
      sfTask(7, { TaskSubtype: 'Email', Type: 'Call', CallDisposition: 'Connected' }),
    ];
    const result = activitiesFromSalesforce('Task', records, undefined, options);
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([
      `${sfId('00T', 4)} emails@2026-11-18T17:04:05.000Z`,
      `${sfId('00T', 7)} emails@2026-11-18T17:04:05.000Z`,
    ]);
    // Every record answers for all three Task metrics.
    expect(result.activities).toHaveLength(12);
  });

  it('reads connects from Status when so defined', () => {
    const definitions = CountingDefinitions.parse({
      salesforce: { connects: { field: 'Status', values: ['Completed - Connected'] } },
    });
    const result = activitiesFromSalesforce(
      'Task',
      [sfTask(8, { Status: 'Completed - Connected' })],
      definitions,
      options,
    );
    expect(counted(result)).toContain(`${sfId('00T', 8)} connects@2026-11-18T17:04:05.000Z`);
  });

  it('reports a task without TaskSubtype, or with an unreadable date, by id and field, and counts nothing', () => {
    const { TaskSubtype: _omit, ...noSubtype } = sfTask(9);
    const result = activitiesFromSalesforce(
      'Task',
      [
        noSubtype,
        sfTask(10, { CreatedDate: '18/11/2026 09:03' }),
        sfTask(11, { CompletedDateTime: '2026-11-18T17:04:05' }),
      ],
      undefined,
      options,
    );
    expect(result.activities).toEqual([]);
    expect(result.problems).toEqual([
      { id: sfId('00T', 9), field: 'TaskSubtype', message: 'is required' },
      {
        id: sfId('00T', 10),
        field: 'CreatedDate',
        message: 'must be a datetime such as 2026-11-18T15:04:05.000+0000, got "18/11/2026 09:03"',
      },
      {
        id: sfId('00T', 11),
        field: 'CompletedDateTime',
        message: 'must be a datetime such as 2026-11-18T15:04:05.000+0000, got "2026-11-18T17:04:05"',
      },
    ]);
  });

  it('requires the connect field the definitions name', () => {
    const { CallDisposition: _omit, ...record } = sfTask(12);
    const result = activitiesFromSalesforce('Task', [record], undefined, options);
    expect(result.problems).toEqual([
      { id: sfId('00T', 12), field: 'CallDisposition', message: 'is required by the connects definition' },
    ]);
  });

  it('attributes to the creator when so defined', () => {
    const definitions = CountingDefinitions.parse({ salesforce: { attribution: 'creator' } });
    const [call] = activitiesFromSalesforce('Task', [sfTask(13)], definitions, options).activities;
    expect(call?.ownerId).toBe(CREATOR);
  });
});

describe('Opportunities: two activities when open, four when won', () => {
  it('yields opportunities_created + pipeline_created at CreatedDate, and retracts the won pair', () => {
    const result = activitiesFromSalesforce('Opportunity', [sfOpportunity(1)], undefined, options);
    const id = sfId('006', 1);
    expect(counted(result)).toEqual([
      `${id} opportunities_created@2026-11-03T16:30:00.000Z`,
      `${id} pipeline_created@2026-11-03T16:30:00.000Z=12500`,
    ]);
    expect(tombstoned(result)).toEqual([`${id} deals_won`, `${id} revenue_won`]);
  });

  it('adds deals_won + revenue_won at local noon of CloseDate in the plan zone', () => {
    const won = sfOpportunity(2, { IsWon: true, CloseDate: '2026-11-18', Amount: 48000.5 });
    const result = activitiesFromSalesforce('Opportunity', [won], undefined, options);
    const id = sfId('006', 2);
    // 2026-11-18 starts at 08:00Z in Los Angeles (PST); noon is 20:00Z.
    expect(counted(result)).toEqual([
      `${id} opportunities_created@2026-11-03T16:30:00.000Z`,
      `${id} pipeline_created@2026-11-03T16:30:00.000Z=48000.5`,
      `${id} deals_won@2026-11-18T20:00:00.000Z`,
      `${id} revenue_won@2026-11-18T20:00:00.000Z=48000.5`,
    ]);
    const tokyo = activitiesFromSalesforce('Opportunity', [won], undefined, { timeZone: 'Asia/Tokyo' });
    expect(tokyo.activities.find((a) => a.metric === 'deals_won')?.occurredAt).toBe(
      '2026-11-18T03:00:00.000Z',
    );
    const startOfDay = CountingDefinitions.parse({ civilDateAt: 'start-of-day' });
    const early = activitiesFromSalesforce('Opportunity', [won], startOfDay, options);
    expect(early.activities.find((a) => a.metric === 'deals_won')?.occurredAt).toBe(
      '2026-11-18T08:00:00.000Z',
    );
  });

  it('keeps a close date on its own local day across a DST change', () => {
    // 2026-03-08: New York springs forward; the day is 23 hours long.
    const won = sfOpportunity(3, { IsWon: true, CloseDate: '2026-03-08' });
    const result = activitiesFromSalesforce('Opportunity', [won], undefined, {
      timeZone: 'America/New_York',
    });
    const at = result.activities.find((a) => a.metric === 'deals_won')?.occurredAt ?? '';
    const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(at));
    expect(localDate).toBe('2026-03-08');
  });

  it('counts an empty Amount as 0 by default, or reports it; a negative amount is always a problem', () => {
    const empty = sfOpportunity(4, { Amount: null });
    expect(counted(activitiesFromSalesforce('Opportunity', [empty], undefined, options))).toContain(
      `${sfId('006', 4)} pipeline_created@2026-11-03T16:30:00.000Z=0`,
    );
    const strict = CountingDefinitions.parse({ salesforce: { opportunities: { missingAmount: 'problem' } } });
    expect(activitiesFromSalesforce('Opportunity', [empty], strict, options)).toEqual({
      activities: [],
      problems: [{ id: sfId('006', 4), field: 'Amount', message: 'is empty' }],
    });
    const negative = activitiesFromSalesforce(
      'Opportunity',
      [sfOpportunity(5, { Amount: -10 })],
      undefined,
      options,
    );
    expect(negative.problems).toEqual([
      { id: sfId('006', 5), field: 'Amount', message: 'must not be negative' },
    ]);
    expect(negative.activities).toEqual([]);
  });

  it('a reopened deal stops counting once its newer version is applied', () => {
    const won = activitiesFromSalesforce(
      'Opportunity',
      [sfOpportunity(6, { IsWon: true, CloseDate: '2026-11-20' })],
      undefined,
      options,
    );
    const reopened = activitiesFromSalesforce('Opportunity', [sfOpportunity(6)], undefined, options);
    const metrics = latestVersions([...won.activities, ...reopened.activities]).map((a) => a.metric);
    expect(metrics.sort()).toEqual(['opportunities_created', 'pipeline_created']);
  });
});

describe('Events: meetings booked and held', () => {
  it('books at CreatedDate and, without asOf, dates the held meeting at its start', () => {
    const result = activitiesFromSalesforce('Event', [sfEvent(1)], undefined, options);
    expect(counted(result)).toEqual([
      `${sfId('00U', 1)} meetings_booked@2026-11-16T22:15:00.000Z`,
      `${sfId('00U', 1)} meetings_held@2026-11-20T18:00:00.000Z`,
    ]);
  });

  it('with asOf, holds only meetings that have started', () => {
    const before = activitiesFromSalesforce('Event', [sfEvent(2)], undefined, {
      ...options,
      asOf: '2026-11-20T17:59:59Z',
    });
    expect(counted(before)).toEqual([`${sfId('00U', 2)} meetings_booked@2026-11-16T22:15:00.000Z`]);
    expect(tombstoned(before)).toEqual([`${sfId('00U', 2)} meetings_held`]);
    const at = activitiesFromSalesforce('Event', [sfEvent(2)], undefined, {
      ...options,
      asOf: '2026-11-20T18:00:00Z',
    });
    expect(counted(at)).toHaveLength(2);
  });

  it("leaves out invitees' copies, and places an all-day event at noon of its date", () => {
    const child = activitiesFromSalesforce('Event', [sfEvent(3, { IsChild: true })], undefined, options);
    expect(counted(child)).toEqual([]);
    const allDay = sfEvent(4, {
      IsAllDayEvent: true,
      ActivityDate: '2026-11-20',
      StartDateTime: '2026-11-20T00:00:00.000+0000',
    });
    expect(counted(activitiesFromSalesforce('Event', [allDay], undefined, options))).toContain(
      `${sfId('00U', 4)} meetings_held@2026-11-20T20:00:00.000Z`,
    );
  });
});

describe('deleted records, links and guards', () => {
  it('turns a queryAll record with IsDeleted into tombstones for every metric of its type', () => {
    const deleted = { ...sfOpportunity(7, { IsWon: true }), IsDeleted: true, Amount: 'garbage' };
    const result = activitiesFromSalesforce('Opportunity', [deleted], undefined, options);
    expect(result.problems).toEqual([]);
    expect(tombstoned(result)).toEqual([
      `${sfId('006', 7)} opportunities_created`,
      `${sfId('006', 7)} pipeline_created`,
      `${sfId('006', 7)} deals_won`,
      `${sfId('006', 7)} revenue_won`,
    ]);
  });

  it('links to the Lightning record page only when given the Lightning host', () => {
    const [call] = activitiesFromSalesforce('Task', [sfTask(14)], undefined, {
      ...options,
      lightningHost: 'acme.lightning.force.com',
    }).activities;
    expect(call?.recordUrl).toBe(`https://acme.lightning.force.com/lightning/r/Task/${sfId('00T', 14)}/view`);
    expect(() =>
      activitiesFromSalesforce('Task', [], undefined, { ...options, lightningHost: 'evil.com/x?' }),
    ).toThrow(RangeError);
  });

  it('throws on a caller mistake, not on data', () => {
    expect(() => activitiesFromSalesforce('Task', [], undefined, { timeZone: 'Mars/Base' })).toThrow(
      RangeError,
    );
    expect(() => activitiesFromSalesforce('Task', [], undefined, { ...options, asOf: 'now' })).toThrow(
      RangeError,
    );
    expect(() => activitiesFromSalesforce('Contact' as 'Task', [], undefined, options)).toThrow(RangeError);
    expect(
      activitiesFromSalesforce('Task', [null, 'x', []], undefined, options).problems.map((p) => p.id),
    ).toEqual(['#0', '#1', '#2']);
  });

  it('produces only activities that pass the Activity schema', () => {
    const page = sfPage([
      sfTask(20, { CallDisposition: 'Connected' }),
      sfEvent(21),
      sfOpportunity(22, { IsWon: true, CloseDate: '2026-11-30' }),
    ]);
    const all: Activity[] = [
      ...activitiesFromSalesforce('Task', page.records.slice(0, 1), DEFAULT_COUNTING, options).activities,
      ...activitiesFromSalesforce('Event', page.records.slice(1, 2), DEFAULT_COUNTING, options).activities,
      ...activitiesFromSalesforce('Opportunity', page.records.slice(2), DEFAULT_COUNTING, options).activities,
    ];
    expect(all).toHaveLength(9);
    for (const activity of all) expect(ActivitySchema.safeParse(activity).success).toBe(true);
  });
});
