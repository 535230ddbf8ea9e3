import {
  type Activity,
  type ActivityInput,
  addDays,
  businessDays,
  type Plan,
  type PlanInput,
  parsePlan,
} from '../src/index.js';

let sequence = 0;

/** `count` activities of `metric` at a local wall-clock time written with its offset. */
export function activitiesAt(
  metric: Activity['metric'],
  localDateTime: string,
  count: number,
  extra: Partial<ActivityInput> = {},
): Activity[] {
  return Array.from({ length: count }, () => {
    sequence += 1;
    return { source: 'manual', id: `a${sequence}`, metric, occurredAt: localDateTime, ...extra } as Activity;
  });
}

/** The docs/pace.md worked example plan, with the targets given. */
export function workedExamplePlan(targets: PlanInput['targets']): Plan {
  return parsePlan({
    id: 'plan-worked-example',
    title: 'November plan',
    rep: { id: 'rep-1', name: 'Riley Rep' },
    timeZone: 'America/New_York',
    start: '2026-11-02',
    end: '2026-11-27',
    holidays: ['2026-11-26'],
    ptoDays: ['2026-11-27'],
    targets,
  });
}

/** Every date from `from` to `to` inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** The three targets of docs/pace.md's worked example. */
export const WORKED_EXAMPLE_TARGETS: PlanInput['targets'] = [
  { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 },
  {
    id: 'opps',
    metric: 'opportunities_created',
    cadence: 'weekly',
    goal: 5,
    rule: { kind: 'share-of-periods', atLeast: 0.75 },
  },
  {
    id: 'calls',
    metric: 'calls',
    cadence: 'daily',
    goal: 50,
    rule: { kind: 'share-of-periods', atLeast: 0.9 },
  },
];

/**
 * The worked example's activity up to 13:00 EST on 2026-11-18: pipeline 60,000; opps 5, 3 and 2
 * by week; 20 calls today; 50 calls on each settled day except the first `missedCallDays` (40).
 */
export function workedExampleActivities(plan: Plan, missedCallDays = 1): Activity[] {
  const activities: Activity[] = [
    ...activitiesAt('pipeline_created', '2026-11-03T10:00:00-05:00', 1, { amount: 25_000 }),
    ...activitiesAt('pipeline_created', '2026-11-12T15:30:00-05:00', 1, { amount: 35_000 }),
    ...activitiesAt('opportunities_created', '2026-11-04T11:00:00-05:00', 5),
    ...activitiesAt('opportunities_created', '2026-11-10T11:00:00-05:00', 3),
    ...activitiesAt('opportunities_created', '2026-11-16T11:00:00-05:00', 2),
    ...activitiesAt('calls', '2026-11-18T12:30:00-05:00', 20),
  ];
  const settledDays = businessDays(plan).filter((date) => date < '2026-11-18');
  settledDays.forEach((date, index) => {
    activities.push(...activitiesAt('calls', `${date}T10:00:00-05:00`, index < missedCallDays ? 40 : 50));
  });
  return activities;
}
