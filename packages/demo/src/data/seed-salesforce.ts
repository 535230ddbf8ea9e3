/** The demo's Salesforce org: a seeded quarter's records up to now, the rep's deals named. */
import type { SalesforceRecord, SeededQuarter } from '@onpace/fake-crm';
import { dealName } from './record-names.js';
import { type ShownRecord, toActivities } from './seed-parts.js';

/** Salesforce's REST datetime, `2026-11-18T15:04:05.000+0000`, in epoch ms. */
const salesforceMs = (value: unknown) =>
  typeof value === 'string' ? Date.parse(value.replace(/\+0000$/, 'Z')) : Number.NaN;

function past(records: readonly SalesforceRecord[], nowMs: number): SalesforceRecord[] {
  return records.filter((record) => salesforceMs(record.CreatedDate) <= nowMs);
}

export function salesforcePart(quarter: SeededQuarter, nowMs: number) {
  const { Task, Event, Opportunity } = quarter.salesforce.records;
  const rep = quarter.salesforce.user.userId;
  const opportunities = past(Opportunity, nowMs).map((record, index) =>
    record.OwnerId === rep ? { ...record, Name: dealName(index) } : record,
  );
  const records = { Task: past(Task, nowMs), Event: past(Event, nowMs), Opportunity: opportunities };
  const kept = new Set(Object.values(records).flatMap((list) => list.map((record) => record.Id)));
  const open = opportunities.filter((record) => record.OwnerId === rep && record.IsClosed === false);
  const shown = open.at(-1) ?? opportunities.at(-1);
  if (!shown) throw new Error('the seeded Salesforce org has no opportunity to open');
  const opportunity: ShownRecord = {
    id: shown.Id,
    name: String(shown.Name),
    amount: Number(shown.Amount),
    stage: String(shown.StageName),
    closeDate: String(shown.CloseDate),
  };
  return { records, expected: toActivities('salesforce', quarter.expected.salesforce, kept), opportunity };
}
