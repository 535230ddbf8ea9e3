/**
 * Leads from both CRMs: Salesforce `Lead` records and HubSpot contacts become `leads_assigned`
 * and `leads_converted`, and their requests ask for exactly the fields the mapping reads.
 */
import { describe, expect, it } from 'vitest';
import {
  Activity as ActivitySchema,
  activitiesFromHubSpot,
  activitiesFromSalesforce,
  DEFAULT_COUNTING,
  HUBSPOT_PROPERTIES,
  HubSpotSearchPage,
  hubspotSearchBody,
  hubspotSearchPath,
  latestVersions,
  type MappingResult,
  SALESFORCE_FIELDS,
  SalesforceQueryPage,
  soqlForWindow,
  startOfLocalDay,
  toDayNumber,
} from '../../src/index.js';
import { recordedBody } from './fixtures.js';
import { HUBSPOT_OWNER, REP, TIME_ZONE } from './payloads.js';

const options = { timeZone: TIME_ZONE };

function counted(result: MappingResult): string[] {
  return result.activities
    .filter((activity) => activity.deleted !== true)
    .map((activity) => `${activity.id} ${activity.metric}@${activity.occurredAt}`);
}

function tombstoned(result: MappingResult): string[] {
  return result.activities
    .filter((activity) => activity.deleted === true)
    .map((activity) => `${activity.id} ${activity.metric}`);
}

function sfLead(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const Id = '00Q5e0000Lead09AAA';
  return {
    attributes: { type: 'Lead', url: `/services/data/v66.0/sobjects/Lead/${Id}` },
    Id,
    OwnerId: REP,
    CreatedById: REP,
    CreatedDate: '2026-11-16T15:42:10.000+0000',
    LastModifiedDate: '2026-11-16T15:42:10.000+0000',
    SystemModstamp: '2026-11-16T15:42:11.000+0000',
    IsDeleted: false,
    IsConverted: false,
    ConvertedDate: null,
    ConvertedOpportunityId: null,
    Status: 'Open - Not Contacted',
    LeadSource: 'Web',
    ...overrides,
  };
}

function hsContact(properties: Record<string, string | null> = {}) {
  return {
    id: '51109',
    properties: {
      createdate: '2026-11-02T15:00:00.000Z',
      hubspot_owner_id: HUBSPOT_OWNER,
      hubspot_owner_assigneddate: '2026-11-04T17:30:00.000Z',
      lifecyclestage: 'lead',
      hs_lifecyclestage_opportunity_date: null,
      hs_lead_status: 'NEW',
      hs_lastmodifieddate: '2026-11-04T17:30:01.000Z',
      ...properties,
    },
    createdAt: '2026-11-02T15:00:00.000Z',
    updatedAt: '2026-11-04T17:30:01.000Z',
    archived: false,
  };
}

describe('Salesforce leads', () => {
  const page = SalesforceQueryPage.parse(recordedBody('salesforce/query-lead.json'));

  it('counts each lead assigned at CreatedDate and a converted one at local noon of ConvertedDate', () => {
    const result = activitiesFromSalesforce('Lead', page.records, undefined, options);
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([
      '00Q5e0000Lead01AAA leads_assigned@2026-11-16T15:42:10.000Z',
      '00Q5e0000Lead02AAA leads_assigned@2026-11-03T17:05:44.000Z',
      // 2026-11-19 is a Thursday in Los Angeles (UTC-8): local noon is 20:00 UTC.
      '00Q5e0000Lead02AAA leads_converted@2026-11-19T20:00:00.000Z',
      // 21:30 on the 17th in Los Angeles, though the 18th in UTC: the rollup files it on the 17th.
      '00Q5e0000Lead03AAA leads_assigned@2026-11-18T05:30:00.000Z',
    ]);
  });

  it('takes the options third when the default counting is wanted, and names missing options', () => {
    expect(activitiesFromSalesforce('Lead', page.records, options)).toEqual(
      activitiesFromSalesforce('Lead', page.records, undefined, options),
    );
    expect(() => activitiesFromSalesforce('Lead', page.records, undefined as never)).toThrow(
      /mapping options are required: \{ timeZone \}/,
    );
  });

  it('retracts a lead that is not (or no longer) converted, and every metric of a deleted lead', () => {
    const result = activitiesFromSalesforce('Lead', page.records, undefined, options);
    expect(tombstoned(result)).toEqual([
      '00Q5e0000Lead01AAA leads_converted',
      '00Q5e0000Lead03AAA leads_converted',
      '00Q5e0000Lead04AAA leads_assigned',
      '00Q5e0000Lead04AAA leads_converted',
    ]);
    const live = latestVersions(result.activities);
    expect(live.filter((activity) => activity.id === '00Q5e0000Lead04AAA')).toEqual([]);
  });

  it('links leads to their Lightning page and keeps the owner and SystemModstamp', () => {
    const result = activitiesFromSalesforce('Lead', [sfLead()], undefined, {
      ...options,
      lightningHost: 'acme.lightning.force.com',
    });
    expect(result.activities[0]).toMatchObject({
      recordUrl: 'https://acme.lightning.force.com/lightning/r/Lead/00Q5e0000Lead09AAA/view',
      ownerId: REP,
      modifiedAt: '2026-11-16T15:42:11.000Z',
    });
    for (const activity of result.activities) expect(ActivitySchema.safeParse(activity).success).toBe(true);
  });

  it('places ConvertedDate at the start of the local day when so defined', () => {
    const lead = sfLead({ IsConverted: true, ConvertedDate: '2026-11-19' });
    const result = activitiesFromSalesforce(
      'Lead',
      [lead],
      { ...DEFAULT_COUNTING, civilDateAt: 'start-of-day' },
      options,
    );
    expect(counted(result)).toContain('00Q5e0000Lead09AAA leads_converted@2026-11-19T08:00:00.000Z');
  });

  it('reports a converted lead without ConvertedDate, and a lead without IsConverted, by id and field', () => {
    const result = activitiesFromSalesforce(
      'Lead',
      [sfLead({ IsConverted: true }), sfLead({ Id: '00Q5e0000Lead10AAA', IsConverted: undefined })],
      undefined,
      options,
    );
    expect(result.activities).toEqual([]);
    expect(result.problems).toEqual([
      { id: '00Q5e0000Lead09AAA', field: 'ConvertedDate', message: 'is required for a converted lead' },
      { id: '00Q5e0000Lead10AAA', field: 'IsConverted', message: 'is required' },
    ]);
  });

  it('selects exactly the lead fields the mapping reads, bounded by creation or conversion', () => {
    expect(SALESFORCE_FIELDS.Lead).toEqual([
      'Id',
      'OwnerId',
      'CreatedById',
      'CreatedDate',
      'LastModifiedDate',
      'SystemModstamp',
      'IsDeleted',
      'IsConverted',
      'ConvertedDate',
      'ConvertedOpportunityId',
      'Status',
      'LeadSource',
    ]);
    const fromUtc = startOfLocalDay(toDayNumber('2026-11-02'), 'America/New_York');
    const toUtc = startOfLocalDay(toDayNumber('2026-11-28'), 'America/New_York');
    const soql = soqlForWindow('Lead', { fromUtc, toUtc, ownerId: REP, modifiedSince: fromUtc });
    expect(soql).toBe(
      `SELECT ${SALESFORCE_FIELDS.Lead.join(', ')} FROM Lead WHERE OwnerId = '${REP}' AND ` +
        '((CreatedDate >= 2026-11-02T05:00:00Z AND CreatedDate < 2026-11-28T05:00:00Z) OR ' +
        '(ConvertedDate >= 2026-11-01 AND ConvertedDate <= 2026-11-29)) AND ' +
        'SystemModstamp >= 2026-11-02T05:00:00Z ORDER BY SystemModstamp ASC, Id ASC',
    );
  });
});

describe('HubSpot contacts', () => {
  const page = HubSpotSearchPage.parse(recordedBody('hubspot/search-contacts.json'));

  it('takes the options third for contacts too', () => {
    expect(activitiesFromHubSpot('contacts', page.results, options)).toEqual(
      activitiesFromHubSpot('contacts', page.results, undefined, options),
    );
  });

  it('counts a contact assigned at hubspot_owner_assigneddate, else createdate, and converted at the opportunity date', () => {
    const result = activitiesFromHubSpot('contacts', page.results, undefined, options);
    expect(result.problems).toEqual([]);
    expect(counted(result)).toEqual([
      '51101 leads_assigned@2026-11-16T16:01:44.517Z',
      '51102 leads_assigned@2026-11-03T18:22:40.005Z',
      '51102 leads_converted@2026-11-19T22:14:08.870Z',
      '51103 leads_assigned@2026-11-18T07:45:12.660Z',
    ]);
    expect(tombstoned(result)).toEqual(['51101 leads_converted', '51103 leads_converted']);
  });

  it('reads an empty date as unset, and a missing or unreadable one as a problem', () => {
    const cleared = activitiesFromHubSpot(
      'contacts',
      [hsContact({ hubspot_owner_assigneddate: '' })],
      undefined,
      options,
    );
    expect(counted(cleared)).toEqual(['51109 leads_assigned@2026-11-02T15:00:00.000Z']);
    const { hs_lifecyclestage_opportunity_date: _dropped, ...withoutConversion } = hsContact().properties;
    const result = activitiesFromHubSpot(
      'contacts',
      [
        { ...hsContact(), properties: withoutConversion },
        { ...hsContact({ hs_lifecyclestage_opportunity_date: '19/11/2026' }), id: '51110' },
      ],
      undefined,
      options,
    );
    expect(result.activities).toEqual([]);
    expect(result.problems.map((problem) => `${problem.id} ${problem.field}`)).toEqual([
      '51109 properties.hs_lifecyclestage_opportunity_date',
      '51110 properties.hs_lifecyclestage_opportunity_date',
    ]);
  });

  it('turns an archived contact into tombstones for both metrics, and links contacts to their page', () => {
    const archived = activitiesFromHubSpot(
      'contacts',
      [{ ...hsContact({ createdate: 'garbage' }), archived: true }],
      undefined,
      options,
    );
    expect(tombstoned(archived)).toEqual(['51109 leads_assigned', '51109 leads_converted']);
    const linked = activitiesFromHubSpot('contacts', [hsContact()], undefined, {
      ...options,
      app: { host: 'app.hubspot.com', portalId: '8727216' },
    });
    expect(linked.activities[0]?.recordUrl).toBe('https://app.hubspot.com/contacts/8727216/record/0-1/51109');
  });

  it('asks contacts search for exactly the properties the mapping reads, by assignment, creation or conversion', () => {
    expect(hubspotSearchPath('contacts')).toBe('/crm/v3/objects/contacts/search');
    expect(HUBSPOT_PROPERTIES.contacts).toEqual([
      'createdate',
      'hubspot_owner_id',
      'hubspot_owner_assigneddate',
      'lifecyclestage',
      'hs_lifecyclestage_opportunity_date',
      'hs_lead_status',
      'hs_lastmodifieddate',
    ]);
    const window = {
      ownerId: HUBSPOT_OWNER,
      fromMs: Date.UTC(2026, 10, 2, 8),
      toMs: Date.UTC(2026, 10, 30, 8),
    };
    const body = hubspotSearchBody('contacts', { ...window, modifiedSinceMs: Date.UTC(2026, 10, 16) });
    expect(
      body.filterGroups.map((group) => group.filters.map((f) => `${f.propertyName} ${f.operator}`)),
    ).toEqual(
      ['createdate', 'hubspot_owner_assigneddate', 'hs_lifecyclestage_opportunity_date'].map((time) => [
        'hubspot_owner_id EQ',
        'hs_lastmodifieddate GTE',
        `${time} GTE`,
        `${time} LT`,
      ]),
    );
    expect(body.sorts).toEqual([{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }]);
    expect(hubspotSearchBody('contacts', window).sorts).toEqual([
      { propertyName: 'createdate', direction: 'ASCENDING' },
    ]);
  });
});
