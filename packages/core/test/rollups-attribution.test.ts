import { describe, expect, it } from 'vitest';
import { attributeActivities } from '../src/rollups/attribution.js';
import { type Activity, type Plan, parsePlan } from '../src/schemas/index.js';

function planOf(repId: string, crm: Record<string, string> = {}): Plan {
  return parsePlan({
    id: `plan-${repId}`,
    title: 'Plan',
    rep: { id: repId, name: repId, crm },
    timeZone: 'UTC',
    start: '2026-03-02',
    end: '2026-03-27',
    targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 10 }],
  });
}

function activity(id: string, ownerId?: string): Activity {
  return {
    source: 'salesforce',
    id,
    metric: 'calls',
    occurredAt: '2026-03-03T10:00:00Z',
    ...(ownerId === undefined ? {} : { ownerId }),
  } as Activity;
}

describe('attributeActivities', () => {
  it('gives every activity to the one rep the plans name, whoever owns it in the CRM', () => {
    const { byRep, unmatched } = attributeActivities(
      [planOf('ana'), planOf('ana')],
      [activity('1', 'x'), activity('2')],
    );
    expect(byRep.get('ana')?.map((row) => row.id)).toEqual(['1', '2']);
    expect(unmatched).toEqual([]);
  });

  it('matches the owner to a rep id, a Salesforce user id or a HubSpot owner id', () => {
    const plans = [planOf('ana', { salesforceUserId: '005A' }), planOf('ben', { hubspotOwnerId: '77' })];
    const { byRep, unmatched } = attributeActivities(plans, [
      activity('1', '005A'),
      activity('2', '77'),
      activity('3', 'ben'),
      activity('4', 'nobody'),
      activity('5'),
    ]);
    expect(byRep.get('ana')?.map((row) => row.id)).toEqual(['1']);
    expect(byRep.get('ben')?.map((row) => row.id)).toEqual(['2', '3']);
    expect(unmatched).toEqual([3, 4]);
  });

  it('attributes nothing without a plan', () => {
    const { byRep, unmatched } = attributeActivities([], [activity('1', 'x')]);
    expect(byRep.size).toBe(0);
    expect(unmatched).toEqual([0]);
  });
});
