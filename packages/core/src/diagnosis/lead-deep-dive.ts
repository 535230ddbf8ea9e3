/**
 * The lead-data deep dive: lead volume week by week, conversion at each stage of the lead funnel
 * beside the activity funnel, and the average deal size, over a range (by default the baseline's
 * 90 days before the plan). The figures come from the same baseline as the diagnosis, so the
 * charts and the diagnosis never disagree.
 */
import {
  addDays,
  type CivilDate,
  fromDayNumber,
  type IsoWeekday,
  toDayNumber,
  weekStartDayNumber,
} from '../calendar/civil-date.js';
import { type Rollup, rollupActivities } from '../rollups/rollup.js';
import type { Activity } from '../schemas/activity.js';
import { type BaselineScope, computeBaseline, DEFAULT_BASELINE_DAYS, firstRecordedDate } from './baseline.js';
import type { Baseline, FunnelConversion, FunnelStage } from './baseline-schema.js';
import {
  ACTIVITY_CONVERSION_STAGES,
  ACTIVITY_FUNNEL_METRICS,
  LEAD_CONVERSION_STAGES,
  LEAD_FUNNEL_METRICS,
} from './funnel-stages.js';

export interface LeadWeek {
  /** First and last date of the week inside the range (a week cut by the range is `partial`). */
  readonly start: CivilDate;
  readonly end: CivilDate;
  readonly partial: boolean;
  readonly leadsAssigned: number;
  readonly leadsConverted: number;
}

export interface DealSizeMonth {
  /** `YYYY-MM`, and the dates of it inside the range. */
  readonly month: string;
  readonly start: CivilDate;
  readonly end: CivilDate;
  readonly dealsWon: number;
  readonly revenueWon: number;
  /** `revenueWon / dealsWon`; null without a deal won. */
  readonly averageDealSize: number | null;
}

export interface FunnelView {
  readonly stages: readonly FunnelStage[];
  readonly conversions: readonly FunnelConversion[];
}

export interface LeadDeepDive {
  readonly from: CivilDate;
  readonly to: CivilDate;
  /** Week by week, oldest first; weeks wholly before `observedFrom` are left out. */
  readonly weeks: readonly LeadWeek[];
  /** Leads assigned → leads converted → opportunities → deals won. */
  readonly leadFunnel: FunnelView;
  /** Calls → connects → meetings booked → meetings held. */
  readonly activityFunnel: FunnelView;
  /** Leads assigned per week of business time (as the diagnosis reads it); null with no business day. */
  readonly leadsPerWeek: number | null;
  readonly averageDealSize: number | null;
  readonly dealsWon: number;
  /** Deals won and their average size by calendar month, oldest first. */
  readonly dealSizeByMonth: readonly DealSizeMonth[];
  /** The baseline the figures come from. */
  readonly baseline: Baseline;
}

export interface LeadDeepDiveOptions {
  /** First and last date; default the 90 days before the plan's start. */
  readonly from?: CivilDate;
  readonly to?: CivilDate;
  /** First date the data covers: earlier days are not read as zeros. */
  readonly observedFrom?: CivilDate;
}

/** The items whose key is in `keys`, in the order of `keys`. */
function pick<T>(items: readonly T[], keys: readonly string[], key: (item: T) => string): T[] {
  return keys.flatMap((wanted) => items.filter((item) => key(item) === wanted));
}

function weeksOf(
  rollup: Rollup,
  from: CivilDate,
  to: CivilDate,
  weekStartsOn: IsoWeekday,
  observedFrom: CivilDate | undefined,
): LeadWeek[] {
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  const firstObserved = observedFrom === undefined ? fromDay : Math.max(fromDay, toDayNumber(observedFrom));
  const totalOn = (metric: string, day: number): number =>
    rollup.metrics[metric]?.totals[day - toDayNumber(rollup.from)] ?? 0;
  const weeks: LeadWeek[] = [];
  for (let weekStart = weekStartDayNumber(fromDay, weekStartsOn); weekStart <= toDay; weekStart += 7) {
    const start = Math.max(weekStart, fromDay);
    const end = Math.min(weekStart + 6, toDay);
    if (end < firstObserved) continue;
    let leadsAssigned = 0;
    let leadsConverted = 0;
    for (let day = start; day <= end; day++) {
      leadsAssigned += totalOn('leads_assigned', day);
      leadsConverted += totalOn('leads_converted', day);
    }
    weeks.push({
      start: fromDayNumber(start),
      end: fromDayNumber(end),
      partial: end - start < 6 || start < firstObserved,
      leadsAssigned,
      leadsConverted,
    });
  }
  return weeks;
}

function dealSizeByMonth(
  rollup: Rollup,
  from: CivilDate,
  to: CivilDate,
  observedFrom: CivilDate | undefined,
): DealSizeMonth[] {
  const first = observedFrom !== undefined && observedFrom > from ? observedFrom : from;
  const offset = toDayNumber(rollup.from);
  const months: DealSizeMonth[] = [];
  for (let day = toDayNumber(first); day <= toDayNumber(to); ) {
    const start = fromDayNumber(day);
    const month = start.slice(0, 7);
    let dealsWon = 0;
    let revenueWon = 0;
    let last = day;
    for (; last <= toDayNumber(to) && fromDayNumber(last).startsWith(month); last++) {
      dealsWon += rollup.metrics.deals_won?.totals[last - offset] ?? 0;
      revenueWon += rollup.metrics.revenue_won?.totals[last - offset] ?? 0;
    }
    months.push({
      month,
      start,
      end: fromDayNumber(last - 1),
      dealsWon,
      revenueWon,
      averageDealSize: dealsWon > 0 ? revenueWon / dealsWon : null,
    });
    day = last;
  }
  return months;
}

/** The deep dive of a rep's activities over the range (default: the 90 days before the plan). */
export function leadDeepDive(
  scope: BaselineScope,
  activities: readonly Activity[],
  options: LeadDeepDiveOptions = {},
): LeadDeepDive {
  const to = options.to ?? addDays(scope.start, -1);
  const from = options.from ?? addDays(to, -(DEFAULT_BASELINE_DAYS - 1));
  // Days before the rep's first record are unknown, not zeros; with no record, nothing is known.
  const observedFrom = options.observedFrom ?? firstRecordedDate(scope, activities) ?? addDays(to, 1);
  const baseline = computeBaseline(scope, activities, { from, to, observedFrom });
  const rollup = rollupActivities({ timeZone: scope.timeZone, start: from, end: to }, activities, {
    from,
    to,
    keepDetail: false,
  });
  const { funnel } = baseline;
  const stageKey = (stage: FunnelStage) => stage.metric;
  const conversionKey = (conversion: FunnelConversion) => conversion.stage;
  return {
    from,
    to,
    weeks: weeksOf(rollup, from, to, (scope.weekStartsOn ?? 1) as IsoWeekday, observedFrom),
    leadFunnel: {
      stages: pick(funnel.stages, LEAD_FUNNEL_METRICS, stageKey),
      conversions: pick(funnel.conversions, LEAD_CONVERSION_STAGES, conversionKey),
    },
    activityFunnel: {
      stages: pick(funnel.stages, ACTIVITY_FUNNEL_METRICS, stageKey),
      conversions: pick(funnel.conversions, ACTIVITY_CONVERSION_STAGES, conversionKey),
    },
    leadsPerWeek: funnel.stages.find((stage) => stage.metric === 'leads_assigned')?.perWeek ?? null,
    averageDealSize: funnel.averageDealSize,
    dealsWon: funnel.stages.find((stage) => stage.metric === 'deals_won')?.total ?? 0,
    dealSizeByMonth: dealSizeByMonth(rollup, from, to, observedFrom),
    baseline,
  };
}
