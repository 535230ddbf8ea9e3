import { type BrowserIdentity, type Plan, type PlanInput, parsePlan } from '../../src/index.js';

export const MORGAN = { salesforce: '0055e000000000AAAQ', hubspot: '71000010' } as const;
export const AVERY = { salesforce: '0055e000000000BAAQ', hubspot: '71000011' } as const;
export const BLAKE = { salesforce: '0055e000000000CAAQ', hubspot: '71000012' } as const;

const CHECKED = '2026-11-18T21:04:10Z';

export function identityOf(ids: { salesforce?: string; hubspot?: string }): BrowserIdentity {
  return {
    ...(ids.salesforce === undefined
      ? {}
      : { salesforce: { userId: ids.salesforce, organizationId: '00D5e0000000001AAA', checkedAt: CHECKED } }),
    ...(ids.hubspot === undefined ? {} : { hubspot: { ownerId: ids.hubspot, checkedAt: CHECKED } }),
  };
}

type PersonIds = { salesforce?: string; hubspot?: string } | null;

function person(id: string, name: string, ids: PersonIds) {
  if (ids === null) return { id, name };
  return {
    id,
    name,
    crm: {
      ...(ids.salesforce === undefined ? {} : { salesforceUserId: ids.salesforce }),
      ...(ids.hubspot === undefined ? {} : { hubspotOwnerId: ids.hubspot }),
    },
  };
}

export function planFor(
  id: string,
  rep: PersonIds,
  manager: PersonIds,
  extra: Partial<PlanInput> = {},
): Plan {
  return parsePlan({
    id,
    title: `Plan ${id}`,
    rep: person(`rep-${id}`, `Rep ${id}`, rep),
    ...(manager === undefined ? {} : { manager: person(`manager-${id}`, 'Morgan Lee', manager) }),
    timeZone: 'America/New_York',
    start: '2026-11-02',
    end: '2026-11-27',
    targets: [{ id: 't1', metric: 'calls', cadence: 'daily', goal: 30 }],
    ...extra,
  });
}
