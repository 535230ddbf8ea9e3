/** The demo's HubSpot portal: a seeded quarter's objects up to now, the rep's deals named. */
import type { HubSpotRecord, SeededQuarter } from '@onpace/fake-crm';
import { dealName } from './record-names.js';
import { type ShownRecord, toActivities } from './seed-parts.js';

function past(records: readonly HubSpotRecord[], nowMs: number): HubSpotRecord[] {
  return records.filter((record) => Date.parse(record.createdAt) <= nowMs);
}

export function hubspotPart(quarter: SeededQuarter, ownerId: string, nowMs: number) {
  const { calls, emails, meetings, deals } = quarter.hubspot.objects;
  const named = past(deals, nowMs).map((record, index) =>
    record.properties.hubspot_owner_id === ownerId
      ? { ...record, properties: { ...record.properties, dealname: dealName(index + 7) } }
      : record,
  );
  const objects = {
    calls: past(calls, nowMs),
    emails: past(emails, nowMs),
    meetings: past(meetings, nowMs),
    deals: named,
  };
  const kept = new Set(Object.values(objects).flatMap((list) => list.map((record) => record.id)));
  const mine = named.filter((record) => record.properties.hubspot_owner_id === ownerId);
  const shown = mine.filter((record) => record.properties.hs_is_closed === 'false').at(-1) ?? mine.at(-1);
  if (!shown) throw new Error('the seeded HubSpot portal has no deal to open');
  const deal: ShownRecord = {
    id: shown.id,
    name: shown.properties.dealname ?? 'Deal',
    amount: Number(shown.properties.amount_in_home_currency ?? 0),
    stage: shown.properties.dealstage ?? '',
    closeDate: (shown.properties.closedate ?? '').slice(0, 10),
  };
  return { objects, expected: toActivities('hubspot', quarter.expected.hubspot, kept), deal };
}
