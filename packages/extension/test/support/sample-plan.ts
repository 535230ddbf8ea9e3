import {
  type Activity,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleInput,
  type Plan,
  type PlanInput,
  parsePlan,
} from '@onpace/core/schemas';

/**
 * A four-week plan in March 2026 (New York), Monday to Friday: 20 business days. Wednesday
 * 2026-03-11 15:00Z (11:00 local) is business day 8. The numbers are small so tests can count.
 */
export function samplePlanInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    id: 'plan-dana',
    title: 'Dana Q1 growth plan',
    label: 'Growth plan',
    rep: { id: 'rep-dana', name: 'Dana Reyes', crm: { hubspotOwnerId: 'owner-dana' } },
    manager: { id: 'mgr-sam', name: 'Sam Lee' },
    timeZone: 'America/New_York',
    start: '2026-03-02',
    end: '2026-03-27',
    targets: [
      { id: 'calls', metric: 'calls', cadence: 'daily', goal: 10 },
      { id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 2 },
      { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 40000 },
    ],
    checkInCadence: { everyWeeks: 1, weekday: 5 },
    ...overrides,
  };
}

export function samplePlan(overrides: Partial<PlanInput> = {}): Plan {
  return parsePlan(samplePlanInput(overrides));
}

export function call(id: string, occurredAt: string, extra: Partial<Activity> = {}): Activity {
  return { source: 'hubspot', id, metric: 'calls', occurredAt, ...extra };
}

export function bundleText(content: Partial<BundleInput>): string {
  return JSON.stringify({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: '2026-03-10T12:00:00Z',
    ...content,
  });
}
