import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTotals, type FakeCrm, type SeededQuarter, seedQuarter, startFakeCrm } from '../src/index.js';
import { countedInWindow, normalize, syncHubSpot, syncSalesforce } from './sync.js';

// A 30-day window with a heavy rhythm, in a zone whose DST ends inside it (2026-11-01, New York).
const quarter: SeededQuarter = seedQuarter({
  email: 'riley.rep@acme.test',
  start: '2026-10-19',
  days: 30,
  timeZone: 'America/New_York',
});

let crm: FakeCrm;

beforeAll(async () => {
  crm = await startFakeCrm({ port: 0, seed: quarter, pageSize: 200, searchRequestsPerSecond: 0 });
});
afterAll(() => crm.close());

describe("core's mapping over the fake's answers counts exactly what was seeded", () => {
  it('the seed holds every metric, and noise that must not count', () => {
    const totals = expectedTotals(quarter.expected.salesforce);
    for (const metric of [
      'calls',
      'connects',
      'emails',
      'meetings_booked',
      'meetings_held',
      'opportunities_created',
      'deals_won',
      'leads_assigned',
      'leads_converted',
    ] as const) {
      expect(totals[metric]?.count ?? 0, metric).toBeGreaterThan(0);
      expect(expectedTotals(quarter.expected.hubspot)[metric]?.count ?? 0, metric).toBeGreaterThan(0);
    }
    const tasks = quarter.salesforce.records.Task;
    expect(tasks.some((task) => task.IsDeleted === true)).toBe(true);
    expect(tasks.some((task) => task.OwnerId !== quarter.salesforce.user.userId)).toBe(true);
    expect(tasks.some((task) => task.TaskSubtype === 'ListEmail')).toBe(true);
    const leads = quarter.salesforce.records.Lead;
    expect(leads.some((lead) => lead.IsDeleted === true)).toBe(true);
    expect(leads.some((lead) => lead.OwnerId !== quarter.salesforce.user.userId)).toBe(true);
    const contacts = quarter.hubspot.objects.contacts;
    expect(contacts.some((contact) => contact.archived)).toBe(true);
    // Both ways HubSpot dates an assignment: its own date, and createdate when there is none.
    expect(contacts.some((contact) => contact.properties.hubspot_owner_assigneddate === null)).toBe(true);
    expect(contacts.some((contact) => contact.properties.hubspot_owner_assigneddate !== null)).toBe(true);
  });

  it('Salesforce, through query and nextRecordsUrl paging', async () => {
    crm.clearRequests();
    const result = await syncSalesforce(crm, quarter);
    expect(result.problems).toEqual([]);
    expect(countedInWindow(result.activities, quarter)).toEqual(normalize(quarter.expected.salesforce));
    // Pages of 200: more than one request per object type was needed.
    expect(crm.requests().filter((entry) => /\/query\/01g/.test(entry.path)).length).toBeGreaterThan(3);
  });

  it('Salesforce, through queryAll: deleted records come back as tombstones and still count nothing', async () => {
    const result = await syncSalesforce(crm, quarter, { all: true });
    expect(result.problems).toEqual([]);
    expect(result.activities.some((activity) => activity.deleted === true)).toBe(true);
    expect(countedInWindow(result.activities, quarter)).toEqual(normalize(quarter.expected.salesforce));
  });

  it('HubSpot, through search with after paging', async () => {
    const result = await syncHubSpot(crm, quarter);
    expect(result.problems).toEqual([]);
    expect(countedInWindow(result.activities, quarter)).toEqual(normalize(quarter.expected.hubspot));
  });

  it('HubSpot, splitting ranges under a (lowered) result cap', async () => {
    crm.clearRequests();
    const result = await syncHubSpot(crm, quarter, { cap: 300, limit: 100 });
    expect(countedInWindow(result.activities, quarter)).toEqual(normalize(quarter.expected.hubspot));
    expect(crm.requests().every((entry) => entry.status === 200)).toBe(true);
  });

  it('through a storm of faults, with the same exact result', async () => {
    crm.setFaults([
      { match: '/services/data', kind: '500', times: 2 },
      { match: '/services/data/v66.0/query/', kind: 'truncated-body', skip: 3 },
      { match: '/services/data/v66.0/query/', kind: 'reset', skip: 2 },
      { match: '/crm/v3/objects/calls/search', kind: '429-secondly', times: 3 },
      { match: '/crm/v3/objects/emails/search', kind: '429-ten-secondly', skip: 1 },
      { match: '/crm/v3/objects/deals/search', kind: '429-retry-after', retryAfterSeconds: 2 },
    ]);
    const salesforce = await syncSalesforce(crm, quarter);
    const hubspot = await syncHubSpot(crm, quarter);
    expect(crm.pendingFaults()).toEqual([]);
    expect(salesforce.faults.map((fault) => fault.kind).sort()).toEqual([
      'malformed-response',
      'network',
      'server',
      'server',
    ]);
    expect(hubspot.waitsMs).toEqual([1_000, 2_000, 3_000, 10_000, 2_000]);
    expect(countedInWindow(salesforce.activities, quarter)).toEqual(normalize(quarter.expected.salesforce));
    expect(countedInWindow(hubspot.activities, quarter)).toEqual(normalize(quarter.expected.hubspot));
  });
});
