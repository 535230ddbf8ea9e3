/**
 * A plan bundle dated around today, so the popup shows a plan in progress whatever day the
 * tests run: four weeks that began on the Monday two weeks ago, with two weeks of calls, opps
 * and pipeline behind it. Same shape as a manager's export (a plan and its rep's activity).
 */
import { addDays, weekdayOf } from '@onpace/core/calendar';
import {
  type ActivityInput,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleInput,
  type PlanInput,
} from '@onpace/core/schemas';

export const SAMPLE_PLAN_ID = 'plan-dana-e2e';

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function samplePlan(overrides: Partial<PlanInput> = {}): PlanInput {
  const today = todayUtc();
  const monday = addDays(today, -(weekdayOf(today) - 1) - 14);
  return {
    id: SAMPLE_PLAN_ID,
    title: 'Dana Reyes — spring plan',
    label: 'Growth plan',
    rep: { id: 'rep-dana', name: 'Dana Reyes', email: 'dana@example.com' },
    manager: { id: 'mgr-sam', name: 'Sam Lee' },
    timeZone: 'UTC',
    start: monday,
    end: addDays(monday, 25),
    workingHours: { start: '00:00', end: '23:59' },
    targets: [
      {
        id: 'calls',
        metric: 'calls',
        cadence: 'daily',
        goal: 40,
        rule: { kind: 'share-of-periods', atLeast: 0.8 },
      },
      { id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 3 },
      { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 60000 },
    ],
    checkInCadence: { everyWeeks: 1, weekday: 5 },
    ...overrides,
  };
}

function calls(day: string, count: number, at: (n: number) => string): ActivityInput[] {
  return Array.from({ length: count }, (_unused, n) => ({
    source: 'hubspot' as const,
    id: `call-${day}-${n}`,
    metric: 'calls',
    occurredAt: at(n),
  }));
}

function pastActivities(plan: PlanInput): ActivityInput[] {
  const activities: ActivityInput[] = [];
  const today = todayUtc();
  // Today so far: calls about on pace for the part of the day gone (working hours are the
  // whole UTC day), each a little before now (a call after now would not count yet).
  const now = Date.now();
  const dayGone = (now - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  const todayCount = Math.round(40 * dayGone * 1.02);
  activities.push(...calls(today, todayCount, (n) => new Date(now - (n + 1) * 60_000).toISOString()));
  for (let day = plan.start; day < today; day = addDays(day, 1)) {
    if (weekdayOf(day) > 5) continue;
    // Most days meet the goal of 40; Mondays fall short.
    const count = weekdayOf(day) === 1 ? 31 : 43;
    activities.push(...calls(day, count, (n) => `${day}T10:${String(n).padStart(2, '0')}:00Z`));
    if (weekdayOf(day) % 2 === 1) {
      activities.push({
        source: 'hubspot',
        id: `opp-${day}`,
        metric: 'opportunities_created',
        occurredAt: `${day}T14:00:00Z`,
      });
      activities.push({
        source: 'hubspot',
        id: `opp-${day}`,
        metric: 'pipeline_created',
        occurredAt: `${day}T14:00:00Z`,
        amount: 6000,
      });
    }
  }
  return activities;
}

export function sampleBundle(content: Partial<BundleInput> = {}): BundleInput {
  const plan = samplePlan();
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: new Date().toISOString(),
    plans: [plan],
    activities: pastActivities(plan),
    ...content,
  };
}

export function sampleBundleText(content: Partial<BundleInput> = {}): string {
  return JSON.stringify(sampleBundle(content), null, 2);
}
