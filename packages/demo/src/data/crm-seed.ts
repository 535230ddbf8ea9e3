/**
 * What the fake CRM serves for the demo: the rep's Salesforce org from one seeded quarter and
 * their HubSpot portal from a second, lighter one (the rep works both books; no record is in both),
 * the manager as a HubSpot owner, realistic deal names, and nothing dated after the story starts.
 * `expected` is what the extension must count for the rep (the seed's own list, not the mapping).
 */
import type { Activity } from '@onpace/core/schemas';
import { type FakeCrmSeedInput, seedQuarter } from '@onpace/fake-crm';
import type { DemoDates } from './dates.js';
import { MANAGER, PLAN_ZONE, REP } from './people.js';
import { hubspotPart } from './seed-hubspot.js';
import type { ShownRecord } from './seed-parts.js';
import { salesforcePart } from './seed-salesforce.js';

export type { ShownRecord } from './seed-parts.js';

export interface DemoCrm {
  readonly seed: FakeCrmSeedInput;
  readonly salesforce: { readonly sessionId: string; readonly userId: string };
  readonly hubspot: { readonly token: string; readonly portalId: number; readonly ownerId: string };
  readonly expected: { readonly salesforce: Activity[]; readonly hubspot: Activity[] };
  readonly opportunity: ShownRecord;
  readonly deal: ShownRecord;
}

/** The manager in the HubSpot portal (owners list), beside the rep and a colleague. */
const MANAGER_OWNER = {
  id: '71000009',
  email: MANAGER.email,
  firstName: 'Morgan',
  lastName: 'Lee',
  userId: 12_282_599,
  createdAt: '2023-06-01T10:00:00.000Z',
  updatedAt: '2026-01-15T10:00:00.000Z',
  archived: false,
};

export function demoCrm(dates: DemoDates): DemoCrm {
  const nowMs = dates.now.getTime();
  const days = Math.round((Date.parse(dates.today) - Date.parse(dates.start)) / 86_400_000) + 1;
  const common = { email: REP.email, start: dates.start, days, timeZone: PLAN_ZONE };
  const salesforceQuarter = seedQuarter({ ...common, seed: 7 });
  const hubspotQuarter = seedQuarter({
    ...common,
    seed: 11,
    activitiesPerDay: { calls: 12, emails: 8, meetings: 0.6, opportunities: 0.3 },
  });
  const ownerId = hubspotQuarter.hubspot.owners[0]?.id ?? '71000001';
  const salesforce = salesforcePart(salesforceQuarter, nowMs);
  const hubspot = hubspotPart(hubspotQuarter, ownerId, nowMs);
  return {
    seed: {
      salesforce: { ...salesforceQuarter.salesforce, records: salesforce.records },
      hubspot: {
        ...hubspotQuarter.hubspot,
        owners: [...hubspotQuarter.hubspot.owners, MANAGER_OWNER],
        objects: hubspot.objects,
      },
    },
    salesforce: {
      sessionId: salesforceQuarter.salesforce.sessionId,
      userId: salesforceQuarter.salesforce.user.userId,
    },
    hubspot: { token: hubspotQuarter.hubspot.token, portalId: hubspotQuarter.hubspot.portalId, ownerId },
    expected: { salesforce: salesforce.expected, hubspot: hubspot.expected },
    opportunity: salesforce.opportunity,
    deal: hubspot.deal,
  };
}
