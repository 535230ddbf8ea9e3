/**
 * The rep's improvement plan as the manager wrote it, and the bundle file the manager sends.
 * With the CRM sync the file carries the plan alone (the extension reads the CRMs itself); without
 * it, the file carries the rep's CRM activity too, as a manager's export of it would.
 */
import {
  type Activity,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleInput,
  type Plan,
  parsePlan,
} from '@onpace/core/schemas';
import type { DemoCrm } from './crm-seed.js';
import type { DemoDates } from './dates.js';
import { MANAGER, PLAN_ZONE, REP } from './people.js';

export const PLAN_ID = 'plan-jordan-90';

export function demoPlan(dates: DemoDates, crm: DemoCrm): Plan {
  return parsePlan({
    id: PLAN_ID,
    title: `${REP.name} — 90-day growth plan`,
    label: 'Growth plan',
    rep: {
      id: REP.id,
      name: REP.name,
      email: REP.email,
      crm: { salesforceUserId: crm.salesforce.userId, hubspotEmail: REP.email },
    },
    manager: { id: MANAGER.id, name: MANAGER.name, email: MANAGER.email },
    timeZone: PLAN_ZONE,
    start: dates.start,
    end: dates.end,
    currency: 'USD',
    targets: [
      {
        id: 'calls',
        metric: 'calls',
        cadence: 'daily',
        goal: 40,
        rule: { kind: 'share-of-periods', atLeast: 0.8 },
      },
      { id: 'meetings', metric: 'meetings_booked', cadence: 'weekly', goal: 10, rule: { kind: 'total' } },
      {
        id: 'opps',
        metric: 'opportunities_created',
        cadence: 'weekly',
        goal: 3,
        rule: { kind: 'share-of-periods', atLeast: 0.6 },
      },
      { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 1_400_000 },
    ],
    checkInCadence: { everyWeeks: 1, weekday: 5 },
    createdAt: new Date(Date.parse(`${dates.start}T14:00:00Z`) - 3 * 86_400_000).toISOString(),
  });
}

export function planBundle(plan: Plan, activities: readonly Activity[], exportedAt: Date): BundleInput {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: exportedAt.toISOString(),
    plans: [plan],
    activities: [...activities],
  };
}
