/**
 * `computeBaseline`: what a rep did before a plan, per metric, per business day and per week.
 * Default range: the 90 calendar days before `plan.start`, on the plan's calendar (workdays,
 * week start, holidays, PTO, time zone). The sample starts at the rep's first recorded activity
 * (docs/attainability.md "The rep's history"). Pure: the data and the range are arguments.
 */
import { addDays, type CivilDate, fromDayNumber, toDayNumber } from '../calendar/civil-date.js';
import { parseInstant } from '../calendar/instant.js';
import { type PlanCalendar, planCalendar } from '../calendar/plan-calendar.js';
import { civilDateAt } from '../calendar/time-zone.js';
import { latestVersions } from '../rollups/dedupe.js';
import { isRollup, type Rollup, rollupActivities } from '../rollups/rollup.js';
import type { Activity } from '../schemas/activity.js';
import { BUILT_IN_METRICS, type MetricId } from '../schemas/metric.js';
import { BASELINE_KIND, type Baseline, type MetricBaseline } from './baseline-schema.js';
import { funnelOf } from './funnel.js';
import { dayIndexOf, type ObservedDays, observedDays } from './observed-days.js';
import { distributionOf } from './percentile.js';

/** Below this many observed business days a baseline supports no verdict (`no-data`). */
export const MIN_BASELINE_DAYS = 10;
export const DEFAULT_BASELINE_DAYS = 90;

/** The part of a plan a baseline needs: its calendar. A parsed `Plan` satisfies it. */
export interface BaselineScope {
  readonly timeZone: string;
  readonly start: CivilDate;
  readonly workdays?: readonly number[];
  readonly weekStartsOn?: number;
  readonly holidays?: readonly CivilDate[];
  readonly ptoDays?: readonly CivilDate[];
}

export interface BaselineOptions {
  /** First and last date of the range; default the `days` calendar days before `start`. */
  readonly from?: CivilDate;
  readonly to?: CivilDate;
  readonly days?: number;
  /**
   * First date the rep is known to have worked (a hire date, the start of CRM sync). Without it
   * the sample starts at the rep's first recorded activity in the range: days before it are
   * unknown, not zeros.
   */
  readonly observedFrom?: CivilDate;
  /** More non-working dates in the range (leave, company holidays before the plan). */
  readonly excludeDates?: readonly CivilDate[];
  /** Metrics to report besides the built-in ones and those found in the data. */
  readonly metrics?: readonly MetricId[];
}

/** The dates a baseline reads: by default the 90 calendar days before the plan's start. */
export function baselineRange(
  scope: BaselineScope,
  options: BaselineOptions = {},
): { from: CivilDate; to: CivilDate } {
  const to = options.to ?? addDays(scope.start, -1);
  const days = options.days ?? DEFAULT_BASELINE_DAYS;
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days must be a whole number ≥ 1, not ${days}`);
  const from = options.from ?? addDays(to, -(days - 1));
  if (toDayNumber(to) < toDayNumber(from)) {
    throw new RangeError(`the baseline range ${from}..${to} ends before it starts`);
  }
  return { from, to };
}

function baselineCalendar(
  scope: BaselineScope,
  range: { from: CivilDate; to: CivilDate },
  options: BaselineOptions,
): PlanCalendar {
  return planCalendar({
    timeZone: scope.timeZone,
    start: range.from,
    end: range.to,
    workdays: scope.workdays ?? [1, 2, 3, 4, 5],
    weekStartsOn: scope.weekStartsOn ?? 1,
    holidays: [...(scope.holidays ?? []), ...(options.excludeDates ?? [])],
    ptoDays: scope.ptoDays ?? [],
    workingHours: { start: '09:00', end: '17:00' },
  });
}

function asRollup(
  scope: BaselineScope,
  source: readonly Activity[] | Rollup,
  range: { from: CivilDate; to: CivilDate },
): Rollup {
  if (!isRollup(source)) {
    return rollupActivities({ timeZone: scope.timeZone, start: range.from, end: range.to }, source, {
      from: range.from,
      to: range.to,
      keepDetail: false,
    });
  }
  if (source.timeZone !== scope.timeZone) {
    throw new RangeError(
      `the rollup is in ${source.timeZone} but the baseline is in ${scope.timeZone}: roll the activities up in the plan's zone`,
    );
  }
  return source;
}

/** Each calendar day's total of `metric`, 0 on days the data does not cover. */
function dayValues(calendar: PlanCalendar, rollup: Rollup, metric: string, days: ObservedDays): Float64Array {
  const values = new Float64Array(calendar.dayCount);
  const totals = rollup.metrics[metric]?.totals;
  if (!totals) return values;
  const offset = dayIndexOf(calendar, rollup.from);
  for (let index = Math.max(0, days.from); index <= days.to; index++) {
    values[index] = totals[index - offset] ?? 0;
  }
  return values;
}

function metricBaseline(calendar: PlanCalendar, values: Float64Array, days: ObservedDays): MetricBaseline {
  let total = 0;
  for (let index = Math.max(0, days.from); index <= days.to; index++) total += values[index] as number;
  const daily = days.businessDays.map((index) => values[index] as number);
  let best: { index: number; value: number } | null = null;
  for (const index of days.businessDays) {
    const value = values[index] as number;
    if (value > 0 && (best === null || value > best.value)) best = { index, value };
  }
  const weekly = days.weeks.map((week) => {
    let sum = 0;
    for (let index = week.from; index <= week.to; index++) sum += values[index] as number;
    return sum;
  });
  return {
    total,
    daily,
    weekly,
    activeDays: daily.filter((value) => value > 0).length,
    perDay: distributionOf(daily),
    perWeek: distributionOf(weekly),
    bestDay: best === null ? null : { date: calendar.dates[best.index] as CivilDate, value: best.value },
  };
}

/**
 * The rep's first recorded activity, of any metric, deleted records excluded: from the
 * activities themselves when given (it may lie before the range), else the first day the rollup
 * counted anything. Null when there is none.
 */
/**
 * The civil date (in the scope's zone) of the rep's first recorded activity, of any metric,
 * deleted records excluded (for a rollup: its first day with a record): where a sample of their
 * history may start. Null when nothing was recorded.
 */
export function firstRecordedDate(
  scope: { readonly timeZone: string },
  source: readonly Activity[] | Rollup,
): CivilDate | null {
  if (isRollup(source)) {
    let first: number | null = null;
    for (const { latest } of Object.values(source.metrics)) {
      const found = latest.findIndex((instant) => instant !== null);
      if (found >= 0 && (first === null || found < first)) first = found;
    }
    return first === null ? null : addDays(source.from, first);
  }
  let earliest = Number.POSITIVE_INFINITY;
  for (const activity of latestVersions(source)) {
    const at = parseInstant(activity.occurredAt);
    if (at < earliest) earliest = at;
  }
  return Number.isFinite(earliest) ? civilDateAt(earliest, scope.timeZone) : null;
}

/** The first record the baseline can see: all of the activities, or the range of a rollup. */
function firstActivityDate(
  scope: BaselineScope,
  source: readonly Activity[] | Rollup,
  rollup: Rollup,
): CivilDate | null {
  return firstRecordedDate(scope, isRollup(source) ? rollup : source);
}

/**
 * Index of the sample's first day: the later of the range's first day (and the rollup's) and
 * the caller's `observedFrom`, else the rep's first activity. Null when nothing was recorded.
 */
function sampleStartIndex(calendar: PlanCalendar, rollup: Rollup, first: CivilDate | null): number | null {
  return first === null ? null : Math.max(0, dayIndexOf(calendar, first), dayIndexOf(calendar, rollup.from));
}

/**
 * A rep's baseline from their activities (or a rollup of them in the plan's zone) over the
 * range before `scope.start`. For a teammate, pass the same plan with the teammate's activities.
 */
export function computeBaseline(
  scope: BaselineScope,
  activitiesOrRollup: readonly Activity[] | Rollup,
  options: BaselineOptions = {},
): Baseline {
  const range = baselineRange(scope, options);
  const calendar = baselineCalendar(scope, range, options);
  const rollup = asRollup(scope, activitiesOrRollup, range);
  const lastIndex = calendar.dayCount - 1;
  const first = options.observedFrom ?? firstActivityDate(scope, activitiesOrRollup, rollup);
  const from = sampleStartIndex(calendar, rollup, first) ?? calendar.dayCount;
  const to = Math.min(lastIndex, dayIndexOf(calendar, rollup.to));
  const days = observedDays(calendar, from, to);

  const names = new Set<string>([
    ...BUILT_IN_METRICS,
    ...Object.keys(rollup.metrics),
    ...(options.metrics ?? []),
  ]);
  const metrics: Record<string, MetricBaseline> = {};
  for (const metric of names) {
    metrics[metric] = metricBaseline(calendar, dayValues(calendar, rollup, metric, days), days);
  }
  const businessDays = days.businessDays.length;
  return {
    kind: BASELINE_KIND,
    timeZone: scope.timeZone,
    from: range.from,
    to: range.to,
    observed:
      to < from
        ? null
        : { from: fromDayNumber(calendar.startDay + from), to: fromDayNumber(calendar.startDay + to) },
    businessDays,
    weeks: days.weeks.length,
    workdaysPerWeek: calendar.workdaysPerWeek,
    sufficient: businessDays >= MIN_BASELINE_DAYS,
    metrics,
    funnel: funnelOf(metrics, businessDays, calendar.workdaysPerWeek),
  };
}
