/**
 * Leads through the sync: Salesforce Leads and HubSpot contacts are read with the rest, a change
 * (a conversion) arrives with the next incremental sync, and deleted leads and archived contacts
 * are retracted as other deleted records are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySyncStore } from '../../src/sync/memory-store';
import { FakeClock } from './support/fake-clock';
import type { ExpectedActivity, FakeCrm, SeededQuarter } from './support/fake-crm';
import { counted, engineFor, normalize, planFor, startSeededCrm } from './support/harness';

let crm: FakeCrm | undefined;
afterEach(async () => {
  await crm?.close();
  crm = undefined;
});

const DAY = 86_400_000;

async function synced(source: 'salesforce' | 'hubspot') {
  const started = await startSeededCrm();
  crm = started.crm;
  const store = new MemorySyncStore([planFor(started.quarter)]);
  const clock = new FakeClock(Date.now());
  const { engine } = engineFor({ ...started, store, clock });
  const run = () => engine.run({ trigger: 'schedule', sources: [source] });
  const cold = await run();
  expect(cold.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
  return { ...started, store, clock, run };
}

function edited(quarter: SeededQuarter, change: (seed: SeededQuarter) => void): SeededQuarter {
  const copy = structuredClone(quarter);
  change(copy);
  return copy;
}

function leadsOf(list: readonly ExpectedActivity[], metric: 'leads_assigned' | 'leads_converted') {
  return list.filter((activity) => activity.metric === metric);
}

/** A lead assigned inside the window and not converted: the one a test converts or deletes. */
function openLead(list: readonly ExpectedActivity[]): ExpectedActivity {
  const converted = new Set(leadsOf(list, 'leads_converted').map((activity) => activity.id));
  const lead = leadsOf(list, 'leads_assigned').find((activity) => !converted.has(activity.id));
  if (!lead) throw new Error('the seed has no open lead');
  return lead;
}

const salesforceNow = (offsetMs = 60_000) =>
  new Date(Date.now() + offsetMs).toISOString().replace('Z', '+0000');

describe('leads through the Salesforce sync', () => {
  it('stores every seeded lead assigned and converted on the first sync', async () => {
    const { quarter, store } = await synced('salesforce');
    const stored = counted(store.allRows(), 'salesforce', quarter);
    expect(leadsOf(stored, 'leads_assigned').length).toBeGreaterThan(20);
    expect(leadsOf(stored, 'leads_converted').length).toBeGreaterThan(0);
    expect(stored).toEqual(normalize(quarter.expected.salesforce));
  });

  it('counts a lead converted after the last sync at the next incremental one, at local noon', async () => {
    const { crm, quarter, store, clock, run } = await synced('salesforce');
    const lead = openLead(quarter.expected.salesforce);
    crm.setSeed(
      edited(quarter, (seed) => {
        const record = seed.salesforce.records.Lead.find((candidate) => candidate.Id === lead.id);
        Object.assign(record ?? {}, {
          IsConverted: true,
          ConvertedDate: '2026-01-20',
          Status: 'Closed - Converted',
          SystemModstamp: salesforceNow(),
        });
      }),
    );
    clock.advance(10 * 60_000);
    const report = await run();
    expect(report.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'incremental', written: 2 });
    // 2026-01-20 in New York (UTC-5): noon is 17:00 UTC.
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(
      normalize([
        ...quarter.expected.salesforce,
        { id: lead.id, metric: 'leads_converted', occurredAt: '2026-01-20T17:00:00.000Z' },
      ]),
    );
  });

  it('retracts a deleted lead at the next incremental sync (queryAll shows IsDeleted)', async () => {
    const { crm, quarter, store, clock, run } = await synced('salesforce');
    const lead = openLead(quarter.expected.salesforce);
    crm.setSeed(
      edited(quarter, (seed) => {
        const record = seed.salesforce.records.Lead.find((candidate) => candidate.Id === lead.id);
        Object.assign(record ?? {}, { IsDeleted: true, SystemModstamp: salesforceNow() });
      }),
    );
    clock.advance(10 * 60_000);
    const report = await run();
    expect(report.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'incremental' });
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(
      normalize(quarter.expected.salesforce.filter((activity) => activity.id !== lead.id)),
    );
  });
});

describe('leads through the HubSpot sync', () => {
  it('counts a contact that became an opportunity after the last sync at the next incremental one', async () => {
    const { crm, quarter, store, clock, run } = await synced('hubspot');
    const lead = openLead(quarter.expected.hubspot);
    const convertedAt = '2026-01-21T15:30:00.000Z';
    crm.setSeed(
      edited(quarter, (seed) => {
        const record = seed.hubspot.objects.contacts.find((candidate) => candidate.id === lead.id);
        if (!record) return;
        const now = new Date(Date.now() + 60_000).toISOString();
        Object.assign(record.properties, {
          lifecyclestage: 'opportunity',
          hs_lifecyclestage_opportunity_date: convertedAt,
          hs_lastmodifieddate: now,
          lastmodifieddate: now,
        });
        record.updatedAt = now;
      }),
    );
    clock.advance(10 * 60_000);
    const report = await run();
    expect(report.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'incremental', written: 2 });
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(
      normalize([
        ...quarter.expected.hubspot,
        { id: lead.id, metric: 'leads_converted', occurredAt: convertedAt },
      ]),
    );
  });

  it('retracts an archived contact (never in search results) at the full resync', async () => {
    const { crm, quarter, store, clock, run } = await synced('hubspot');
    const lead = openLead(quarter.expected.hubspot);
    crm.setSeed(
      edited(quarter, (seed) => {
        const record = seed.hubspot.objects.contacts.find((candidate) => candidate.id === lead.id);
        if (record) record.archived = true;
      }),
    );
    clock.advance(10 * 60_000);
    await run();
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
    clock.advance(DAY);
    const full = await run();
    expect(full.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(
      normalize(quarter.expected.hubspot.filter((activity) => activity.id !== lead.id)),
    );
  });
});

describe('leads out of reach', () => {
  it('Salesforce: a profile without Lead access leaves leads out, syncs the rest, and says why', async () => {
    const started = await startSeededCrm();
    crm = started.crm;
    const { quarter } = started;
    const store = new MemorySyncStore([planFor(quarter)]);
    const { engine } = engineFor({ ...started, store });
    // Task, Event and Opportunity answer; the fourth query (Lead) is refused as Salesforce does.
    crm.setFaults([{ match: '/services/data/v66.0/queryAll', kind: 'no-access', skip: 3, times: 1 }]);
    const report = await engine.run({ trigger: 'manual', sources: ['salesforce'] });
    expect(report.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    const withoutLeads = quarter.expected.salesforce.filter(
      (activity) => !activity.metric.startsWith('leads_'),
    );
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(normalize(withoutLeads));
    const state = await store.getState('plan-riley', 'salesforce');
    expect(state?.fault).toBeNull();
    expect(state?.notice).toContain('Leads are not counted');
    expect(state?.notice).toContain('INVALID_TYPE');

    // Access granted: the next pass (incremental, the marks are set) reads the leads again.
    const again = await engine.run({ trigger: 'manual', sources: ['salesforce'] });
    expect(again.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'incremental' });
    expect(counted(store.allRows(), 'salesforce', quarter)).toEqual(normalize(quarter.expected.salesforce));
    expect((await store.getState('plan-riley', 'salesforce'))?.notice).toBeNull();
  });

  it('HubSpot: a token without the contacts scope leaves leads out and keeps the leads stored', async () => {
    const { crm, quarter, store, clock, run } = await synced('hubspot');
    crm.setFaults([{ match: '/crm/v3/objects/contacts/search', kind: 'no-access', times: 5 }]);
    clock.advance(DAY);
    const full = await run();
    expect(full.results[0]?.outcome).toMatchObject({ kind: 'synced', pass: 'full' });
    // Not read is not deleted: the leads synced before stay counted.
    expect(counted(store.allRows(), 'hubspot', quarter)).toEqual(normalize(quarter.expected.hubspot));
    const state = await store.getState('plan-riley', 'hubspot');
    expect(state?.fault).toBeNull();
    expect(state?.notice).toContain('crm.objects.contacts.read');
  });

  it('still fails the pass for any other refusal of the lead query', async () => {
    const { crm, store, clock, run } = await synced('hubspot');
    crm.setFaults([{ match: '/crm/v3/objects/contacts/search', kind: 'expired-session' }]);
    clock.advance(DAY);
    const report = await run();
    expect(report.results[0]?.outcome).toMatchObject({ kind: 'fault' });
    expect((await store.getState('plan-riley', 'hubspot'))?.fault).not.toBeNull();
  });
});
