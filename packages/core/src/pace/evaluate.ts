/**
 * `evaluatePlan`: every number of docs/pace.md for a plan at an instant. The single source of the
 * figures the overlay, the popup and the dashboard show.
 */
import { type CivilDate, fromDayNumber, toDayNumber } from '../calendar/civil-date.js';
import { parseInstant } from '../calendar/instant.js';
import {
  type CalendarPosition,
  elapsedBusinessTime,
  type PlanCalendar,
  planCalendar,
  positionAt,
} from '../calendar/plan-calendar.js';
import { isRollup, type Rollup, rollupActivities } from '../rollups/rollup.js';
import type { Activity } from '../schemas/activity.js';
import { normalizePlan } from '../schemas/normalize.js';
import {
  DEFAULT_THRESHOLDS,
  type Plan,
  type PlanInput,
  type Target,
  type TargetRule,
  type Thresholds,
} from '../schemas/plan.js';
import { type CumulativeSums, cumulativeSums, sumBetween } from './daily-values.js';
import type {
  BusinessTime,
  PeriodEvaluation,
  PlanEvaluation,
  TargetEvaluation,
} from './evaluation-schema.js';
import { type PeriodLayout, periodLayouts } from './periods.js';
import { type Status, worseStatus } from './status.js';
import { evaluateWindow } from './window.js';

// Other modules import these types from here; the schemas are their source.
export type { BusinessTime, PeriodEvaluation, PlanEvaluation, TargetEvaluation };

function businessTime(elapsed: number, total: number): BusinessTime {
  return { elapsed, total, remaining: Math.max(0, total - elapsed) };
}

interface Context {
  readonly calendar: PlanCalendar;
  readonly position: CalendarPosition;
  readonly thresholds: Thresholds;
}

function evaluatePeriod(
  context: Context,
  period: PeriodLayout,
  goal: number,
  sums: CumulativeSums,
): PeriodEvaluation {
  const elapsed = elapsedBusinessTime(context.calendar, context.position, period.from, period.to);
  const figures = evaluateWindow({
    goal,
    actual: sumBetween(sums, period.from, period.to),
    elapsed,
    total: period.businessDays,
    thresholds: context.thresholds,
  });
  // Listed field by field, not spread: this runs for every period of every target, and a
  // literal of fixed shape is several times cheaper to build than a spread copy.
  return {
    start: period.start,
    end: period.end,
    businessDays: businessTime(elapsed, period.businessDays),
    goal: figures.goal,
    actual: figures.actual,
    expected: figures.expected,
    paceRatio: figures.paceRatio,
    projected: figures.projected,
    requiredPerDay: figures.requiredPerDay,
    status: figures.status,
    settled: figures.settled,
  };
}

function neededPeriods(rule: TargetRule, periodCount: number): number | null {
  switch (rule.kind) {
    case 'each-period':
      return periodCount;
    case 'share-of-periods':
      return Math.ceil(rule.atLeast * periodCount - 1e-9);
    case 'total':
      return null;
  }
}

/** Tallies over a target's periods, gathered in one pass. */
interface PeriodTally {
  readonly periods: PeriodEvaluation[];
  readonly current: PeriodEvaluation | null;
  readonly goalTotal: number;
  readonly met: number;
  readonly missedSettled: number;
  readonly unsettled: number;
}

function tallyPeriods(
  context: Context,
  target: Target,
  layouts: readonly PeriodLayout[],
  sums: CumulativeSums,
): PeriodTally {
  const { calendar, position } = context;
  const periods: PeriodEvaluation[] = new Array(layouts.length);
  let current: PeriodEvaluation | null = null;
  let goalTotal = 0;
  let met = 0;
  let missedSettled = 0;
  let unsettled = 0;
  for (let index = 0; index < layouts.length; index++) {
    const layout = layouts[index] as PeriodLayout;
    const goal =
      target.cadence === 'weekly'
        ? (target.goal * layout.businessDays) / calendar.workdaysPerWeek
        : target.goal;
    const period = evaluatePeriod(context, layout, goal, sums);
    periods[index] = period;
    goalTotal += goal;
    if (period.status === 'achieved') met++;
    else if (period.settled) missedSettled++;
    if (!period.settled) unsettled++;
    if (layout.from <= position.dayIndex && position.dayIndex <= layout.to) current = period;
  }
  return { periods, current, goalTotal, met, missedSettled, unsettled };
}

/** docs/pace.md's status for the two period rules. */
function periodRuleStatus(needed: number, tally: PeriodTally, elapsed: number): Status {
  if (tally.met >= needed) return 'achieved';
  if (tally.periods.length - tally.missedSettled < needed) return 'missed';
  if (elapsed === 0) return 'not-started';
  const current = tally.current;
  if (current && !current.settled && current.status !== 'achieved') return current.status;
  return 'on-track';
}

function evaluateTarget(context: Context, target: Target, sums: CumulativeSums): TargetEvaluation {
  const { calendar, position } = context;
  const lastIndex =
    target.until === undefined ? calendar.dayCount - 1 : toDayNumber(target.until) - calendar.startDay;
  const layouts = periodLayouts(calendar, target.cadence, lastIndex);
  const tally = tallyPeriods(context, target, layouts, sums);
  const goalTotal = target.cadence === 'plan' ? target.goal : tally.goalTotal;
  const elapsed = elapsedBusinessTime(calendar, position, 0, lastIndex);
  const total = calendar.businessBefore[lastIndex + 1] ?? 0;
  const overall = evaluateWindow({
    goal: goalTotal,
    actual: sumBetween(sums, 0, lastIndex),
    elapsed,
    total,
    thresholds: context.thresholds,
  });
  const needed = target.cadence === 'plan' ? 1 : neededPeriods(target.rule, layouts.length);
  const status =
    target.cadence === 'plan' || needed === null ? overall.status : periodRuleStatus(needed, tally, elapsed);

  return {
    targetId: target.id,
    metric: target.metric,
    cadence: target.cadence,
    rule: target.rule.kind,
    required: target.required,
    goal: overall.goal,
    actual: overall.actual,
    expected: overall.expected,
    paceRatio: overall.paceRatio,
    projected: overall.projected,
    requiredPerDay: overall.requiredPerDay,
    status,
    settled: overall.settled,
    window: {
      start: calendar.dates[0] as CivilDate,
      end: calendar.dates[lastIndex] as CivilDate,
      businessDays: businessTime(elapsed, total),
    },
    periods: tally.periods,
    current: tally.current,
    periodsMet: tally.met,
    periodsNeeded: needed,
    periodsRemaining: tally.unsettled,
  };
}

/** The plan's status: the worst among its required targets (all targets when none is required). */
export function planStatus(targets: readonly Pick<TargetEvaluation, 'status' | 'required'>[]): Status {
  const counted = targets.some((target) => target.required)
    ? targets.filter((target) => target.required)
    : targets;
  let status: Status = 'achieved';
  for (const target of counted) status = worseStatus(status, target.status);
  return status;
}

function asRollup(plan: Plan, source: readonly Activity[] | Rollup, asOf: string): Rollup {
  if (!isRollup(source)) return rollupActivities(plan, source, { asOf, keepDetail: false });
  if (source.timeZone !== plan.timeZone) {
    throw new RangeError(
      `the rollup is in ${source.timeZone} but plan ${plan.id} is in ${plan.timeZone}: roll the activities up for this plan`,
    );
  }
  return source;
}

/**
 * Evaluates a parsed plan at `asOf` (an ISO-8601 instant) from its activities or from a rollup
 * of them. Pure: the same inputs always give the same numbers.
 */
export function evaluatePlan(
  planInput: Plan | PlanInput,
  activitiesOrRollup: readonly Activity[] | Rollup,
  asOfInput: string | Date,
): PlanEvaluation {
  const plan = normalizePlan(planInput);
  const asOf = typeof asOfInput === 'string' ? asOfInput : asOfInput.toISOString();
  const asOfMs = parseInstant(asOf);
  if (Number.isNaN(asOfMs))
    throw new RangeError(`asOf "${asOf}" is not an ISO-8601 instant with Z or an offset`);
  const calendar = planCalendar(plan);
  const position = positionAt(calendar, asOfMs);
  const context: Context = { calendar, position, thresholds: plan.thresholds ?? DEFAULT_THRESHOLDS };
  const rollup = asRollup(plan, activitiesOrRollup, asOf);

  const sumsByMetric = new Map<string, CumulativeSums>();
  const targets = plan.targets.map((target) => {
    let sums = sumsByMetric.get(target.metric);
    if (!sums) {
      sums = cumulativeSums(calendar, rollup, target.metric, position, asOfMs);
      sumsByMetric.set(target.metric, sums);
    }
    return evaluateTarget(context, target, sums);
  });

  return {
    planId: plan.id,
    asOf,
    date: fromDayNumber(calendar.startDay + position.dayIndex),
    status: planStatus(targets),
    businessDays: businessTime(
      elapsedBusinessTime(calendar, position, 0, calendar.dayCount - 1),
      calendar.total,
    ),
    targets,
  };
}
