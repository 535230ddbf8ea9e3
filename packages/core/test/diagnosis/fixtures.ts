/**
 * Hand-made activity for diagnosis tests. Dates are civil dates; each activity sits at 16:00 UTC,
 * noon in New York in summer and 11:00 in winter, so it lands on the same date in every zone used.
 */
import {
  type Activity,
  type Baseline,
  type BaselineOptions,
  computeBaseline,
  type Plan,
  type PlanInput,
  parsePlan,
} from '../../src/index.js';
import { datesBetween } from '../helpers.js';

let sequence = 0;

/** `count` activities of `metric` on `date` (sum metrics: each of `amount`). */
export function on(date: string, metric: Activity['metric'], count: number, amount?: number): Activity[] {
  return Array.from({ length: count }, () => {
    sequence += 1;
    const activity: Activity = {
      source: 'manual',
      id: `d${sequence}`,
      metric,
      occurredAt: `${date}T16:00:00Z`,
    };
    return amount === undefined ? activity : { ...activity, amount };
  });
}

/** Business days (Mon–Fri) from `from` to `to`. */
export function weekdays(from: string, to: string): string[] {
  return datesBetween(from, to).filter((date) => {
    const day = new Date(`${date}T12:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6;
  });
}

/** One value per date: `values[i]` activities of `metric` on `dates[i]`. */
export function series(
  metric: Activity['metric'],
  dates: readonly string[],
  values: readonly number[],
): Activity[] {
  return dates.flatMap((date, index) => on(date, metric, values[index] ?? 0));
}

/** The four weeks (Mon 2026-10-05 .. Sun 11-01) before the test plan: 20 business days. */
export const RANGE = { from: '2026-10-05', to: '2026-11-01' } as const;
export const RANGE_DAYS = weekdays(RANGE.from, RANGE.to);

/** The test plan: 2026-11-02 .. 11-27, Mon–Fri, New York, 20 business days. */
export function testPlan(overrides: Partial<PlanInput> = {}): Plan {
  return parsePlan({
    id: 'plan-d',
    title: 'Growth plan',
    rep: { id: 'rep', name: 'Riley Rep' },
    timeZone: 'America/New_York',
    start: '2026-11-02',
    end: '2026-11-27',
    checkInCadence: { everyWeeks: 1, weekday: 5 },
    targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 40 }],
    ...overrides,
  });
}

/** Spreads `total` as evenly as whole numbers allow over the dates (later dates get the remainder). */
export function spread(total: number, count: number): number[] {
  return Array.from(
    { length: count },
    (_, i) => Math.floor((total * (i + 1)) / count) - Math.floor((total * i) / count),
  );
}

export interface FunnelCounts {
  readonly calls: number;
  readonly connects: number;
  readonly booked: number;
  readonly held: number;
  readonly opps: number;
  readonly won: number;
  /** revenue_won, split equally over the deals won. */
  readonly revenue: number;
  /** pipeline_created, split equally over the opportunities. */
  readonly pipeline: number;
}

/** Activities whose totals over RANGE are exactly the counts, spread over its business days. */
export function funnelActivities(counts: FunnelCounts): Activity[] {
  const days = RANGE_DAYS;
  const each = (metric: Activity['metric'], total: number, amount?: number) =>
    days.flatMap((date, index) => on(date, metric, spread(total, days.length)[index] ?? 0, amount));
  return [
    ...each('calls', counts.calls),
    ...each('connects', counts.connects),
    ...each('meetings_booked', counts.booked),
    ...each('meetings_held', counts.held),
    ...each('opportunities_created', counts.opps),
    ...each('deals_won', counts.won),
    ...(counts.won > 0 ? each('revenue_won', counts.won, counts.revenue / counts.won) : []),
    ...(counts.opps > 0 ? each('pipeline_created', counts.opps, counts.pipeline / counts.opps) : []),
  ];
}

export function baselineOf(activities: readonly Activity[], options: BaselineOptions = {}): Baseline {
  return computeBaseline(testPlan(), activities, { ...RANGE, ...options });
}

/** The team of the diagnosis tests: rates 25%, 25%, 80%, 50%, 25%; deals of 10,000. */
export const TEAM_FUNNEL: FunnelCounts = {
  calls: 800,
  connects: 200,
  booked: 50,
  held: 40,
  opps: 20,
  won: 5,
  revenue: 50_000,
  pipeline: 200_000,
};

/** Three teammates with the same funnel, so each team median is that funnel's figure. */
export function teamOf(counts: FunnelCounts = TEAM_FUNNEL, members = 3): Baseline[] {
  return Array.from({ length: members }, () => baselineOf(funnelActivities(counts)));
}
