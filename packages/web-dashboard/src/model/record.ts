/**
 * The daily and weekly record of a plan for the evidence report: what was counted, day by day
 * and week by week, up to the as-of date. Daily figures are core's `dailyTotals`; weekly ones
 * are core's periods for weekly targets and sums of those daily totals for the others.
 */
import { businessDates, planCalendar } from '@onpace/core/calendar';
import type { PlanEvaluation } from '@onpace/core/pace';
import { dailyTotals } from '@onpace/core/rollups';
import type { PlanData } from '../data/dataset';
import { dailyDates } from './history';

export interface RecordDay {
  readonly date: string;
  readonly business: boolean;
  /** metric → total of the day. */
  readonly values: Readonly<Record<string, number>>;
}

export interface RecordWeek {
  readonly start: string;
  readonly end: string;
  /** target id → { actual, goal (weekly targets only) }. */
  readonly targets: Readonly<Record<string, { actual: number; goal: number | null }>>;
}

export function metricsOf(data: PlanData): string[] {
  return [...new Set(data.plan.targets.map((target) => target.metric))];
}

export function dailyRecord(data: PlanData, asOf: string): RecordDay[] {
  const business = new Set(businessDates(planCalendar(data.plan)));
  const byMetric = new Map(
    metricsOf(data).map((metric) => [
      metric,
      new Map(dailyTotals(data.rollup, metric).map((row) => [row.date, row.value])),
    ]),
  );
  return dailyDates(data.plan, asOf).map((date) => ({
    date,
    business: business.has(date),
    values: Object.fromEntries([...byMetric].map(([metric, totals]) => [metric, totals.get(date) ?? 0])),
  }));
}

/** Weeks as the plan's calendar cuts them (`weekStartsOn`), clipped to the window and the as-of date. */
export function weeklyRecord(
  data: PlanData,
  evaluation: PlanEvaluation,
  days: readonly RecordDay[],
): RecordWeek[] {
  const weekStart = data.plan.weekStartsOn;
  const weeks: { start: string; end: string; days: RecordDay[] }[] = [];
  for (const day of days) {
    const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay() || 7;
    const current = weeks.at(-1);
    if (!current || weekday === weekStart) weeks.push({ start: day.date, end: day.date, days: [day] });
    else {
      current.end = day.date;
      current.days.push(day);
    }
  }
  return weeks.map((week) => ({
    start: week.start,
    end: week.end,
    targets: Object.fromEntries(
      data.plan.targets.map((target, index) => {
        const figures = evaluation.targets[index];
        const period =
          target.cadence === 'weekly'
            ? figures?.periods.find((candidate) => candidate.start === week.start)
            : undefined;
        const actual =
          period?.actual ?? week.days.reduce((sum, day) => sum + (day.values[target.metric] ?? 0), 0);
        return [target.id, { actual, goal: period?.goal ?? null }];
      }),
    ),
  }));
}
