import {
  type Activity,
  type ActivityInput,
  addDays,
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

/** The pace.md worked example plan, with the targets given. */
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
