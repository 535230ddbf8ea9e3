/**
 * Payloads built in code, for the cases the recorded calls (recorded/, see its README) do not
 * cover, written on 2026-11-25 in the same shapes: Salesforce records as a REST query returns them
 * (an `attributes` object, then fields; datetimes `2026-11-18T15:04:05.000+0000`, Amount a JSON
 * number), HubSpot results as a CRM search returns them (`id`, string-or-null `properties`,
 * `createdAt`, `updatedAt`, `archived`). The plan they serve is in America/Los_Angeles.
 */

export const REP = '0055e00000Rep01AAA';
export const CREATOR = '0055e00000Boss1AAA';
export const TIME_ZONE = 'America/Los_Angeles';

/** An 18-character Salesforce id with the object's key prefix. */
export function sfId(prefix: '00T' | '00U' | '006', n: number): string {
  return `${prefix}5e00000${String(n).padStart(5, '0')}AAA`;
}

function attributes(type: string, id: string) {
  return { type, url: `/services/data/v66.0/sobjects/${type}/${id}` };
}

type Fields = Record<string, unknown>;

/** A Task as `SELECT <SALESFORCE_FIELDS.Task> FROM Task` returns it; `overrides` win. */
export function sfTask(n: number, overrides: Fields = {}): Fields {
  const Id = sfId('00T', n);
  return {
    attributes: attributes('Task', Id),
    Id,
    OwnerId: REP,
    CreatedById: CREATOR,
    TaskSubtype: 'Call',
    Type: 'Call',
    Status: 'Completed',
    IsClosed: true,
    CallDisposition: 'Left voicemail',
    CompletedDateTime: '2026-11-18T17:04:05.000+0000',
    CreatedDate: '2026-11-18T17:03:00.000+0000',
    LastModifiedDate: '2026-11-18T17:04:05.000+0000',
    SystemModstamp: '2026-11-18T17:04:06.000+0000',
    IsDeleted: false,
    ...overrides,
  };
}

export function sfEvent(n: number, overrides: Fields = {}): Fields {
  const Id = sfId('00U', n);
  return {
    attributes: attributes('Event', Id),
    Id,
    OwnerId: REP,
    CreatedById: REP,
    StartDateTime: '2026-11-20T18:00:00.000+0000',
    IsAllDayEvent: false,
    ActivityDate: '2026-11-20',
    IsChild: false,
    CreatedDate: '2026-11-16T22:15:00.000+0000',
    LastModifiedDate: '2026-11-16T22:15:00.000+0000',
    SystemModstamp: '2026-11-16T22:15:00.000+0000',
    IsDeleted: false,
    ...overrides,
  };
}

export function sfOpportunity(n: number, overrides: Fields = {}): Fields {
  const Id = sfId('006', n);
  return {
    attributes: attributes('Opportunity', Id),
    Id,
    OwnerId: REP,
    CreatedById: REP,
    Amount: 12500.0,
    IsWon: false,
    CloseDate: '2026-12-15',
    CreatedDate: '2026-11-03T16:30:00.000+0000',
    LastModifiedDate: '2026-11-03T16:30:00.000+0000',
    SystemModstamp: '2026-11-03T16:30:00.000+0000',
    IsDeleted: false,
    ...overrides,
  };
}

/** A query page around records, as `GET /services/data/v66.0/query` answers. */
export function sfPage(records: unknown[]): { totalSize: number; done: boolean; records: unknown[] } {
  return { totalSize: records.length, done: true, records };
}

export const HUBSPOT_OWNER = '71532086';

type Properties = Record<string, string | null>;

export interface HubSpotResult {
  id: string;
  properties: Properties;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

function hsRecord(id: string, properties: Properties, createdAt = '2026-11-18T17:03:00.000Z'): HubSpotResult {
  return {
    id,
    properties: { hs_object_id: id, hubspot_owner_id: HUBSPOT_OWNER, ...properties },
    createdAt,
    updatedAt: properties.hs_lastmodifieddate ?? createdAt,
    archived: false,
  };
}

export function hsCall(id: string, properties: Properties = {}) {
  return hsRecord(id, {
    hs_timestamp: '2026-11-18T17:04:05.000Z',
    hs_call_direction: 'OUTBOUND',
    hs_call_status: 'COMPLETED',
    hs_call_disposition: '73a0d17f-1163-4015-bdd5-ec830791da20',
    hs_created_by_user_id: '9043317',
    hs_lastmodifieddate: '2026-11-18T17:05:00.000Z',
    ...properties,
  });
}

export function hsEmail(id: string, properties: Properties = {}) {
  return hsRecord(id, {
    hs_timestamp: '2026-11-18T19:30:00.000Z',
    hs_email_direction: 'EMAIL',
    hs_lastmodifieddate: '2026-11-18T19:30:01.000Z',
    ...properties,
  });
}

export function hsMeeting(id: string, properties: Properties = {}) {
  return hsRecord(
    id,
    {
      hs_timestamp: '2026-11-20T18:00:00.000Z',
      hs_meeting_start_time: '2026-11-20T18:00:00.000Z',
      hs_meeting_outcome: 'SCHEDULED',
      hs_createdate: '2026-11-16T22:15:00.000Z',
      hs_lastmodifieddate: '2026-11-16T22:15:00.000Z',
      ...properties,
    },
    '2026-11-16T22:15:00.000Z',
  );
}

export function hsDeal(id: string, properties: Properties = {}) {
  return hsRecord(
    id,
    {
      createdate: '2026-11-03T16:30:00.000Z',
      closedate: '2026-12-15T20:00:00.000Z',
      amount: '12500',
      amount_in_home_currency: '11800.5',
      hs_is_closed_won: 'false',
      dealstage: 'appointmentscheduled',
      pipeline: 'default',
      hs_lastmodifieddate: '2026-11-03T16:30:00.000Z',
      ...properties,
    },
    '2026-11-03T16:30:00.000Z',
  );
}
