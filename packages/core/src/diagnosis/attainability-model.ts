/**
 * How a target's chance is computed (docs/attainability.md, the chance at the plan's start and
 * during the plan): the sample it draws from and the one number that varies, its goal.
 * `chanceOf` is monotone in the goal, which is what `highestAttainableGoal` searches.
 */
import { type CivilDate, toDayNumber } from '../calendar/civil-date.js';
import type { PlanCalendar } from '../calendar/plan-calendar.js';
import type { TargetEvaluation } from '../pace/evaluate.js';
import { periodLayouts } from '../pace/periods.js';
import type { Target } from '../schemas/plan.js';
import type { RateUnit } from './attainability-schema.js';
import type { Baseline } from './baseline-schema.js';
import { binomialTail, normalCdf } from './probability.js';

/** The rep's days (`x_d`) and full weeks (`w_j`) for one metric. */
export interface RepSample {
  readonly days: readonly number[];
  readonly weeks: readonly number[];
}

function metricSample(baseline: Baseline, metric: string): RepSample {
  const figures = baseline.metrics[metric];
  // A metric the baseline never saw was 0 on every baseline day and week.
  if (!figures) {
    return { days: new Array(baseline.businessDays).fill(0), weeks: new Array(baseline.weeks).fill(0) };
  }
  return { days: figures.daily, weeks: figures.weekly };
}

/** The baseline's sample of `metric`, joined by the plan's settled days and weeks when given. */
export function sampleOf(baseline: Baseline, metric: string, planSoFar: Baseline | null): RepSample {
  const before = metricSample(baseline, metric);
  if (planSoFar === null) return before;
  const during = metricSample(planSoFar, metric);
  return { days: [...before.days, ...during.days], weeks: [...before.weeks, ...during.weeks] };
}

/** A period rule: `P(Binomial(n, s) ≥ k)` with `s` the share of the sample reaching the goal. */
export interface PeriodModel {
  readonly model: 'periods';
  readonly unit: RateUnit;
  readonly values: readonly number[];
  readonly periods: number;
  readonly needed: number;
}

/** A total: `1 − Φ((goal·scale − μN) / (σ√N))`, `scale` turning the goal into `G_total`. */
export interface TotalModel {
  readonly model: 'total';
  readonly mean: number;
  readonly sd: number;
  readonly sampleSize: number;
  readonly businessDays: number;
  readonly scale: number;
  readonly until: CivilDate;
}

export type ChanceModel = PeriodModel | TotalModel;

/** Money and prorated goals must not flip a comparison on a rounding error. */
function tolerance(value: number): number {
  return 1e-9 * Math.max(1, Math.abs(value));
}

export function reachedCount(values: readonly number[], goal: number): number {
  const bar = goal - tolerance(goal);
  let reached = 0;
  for (const value of values) if (value >= bar) reached++;
  return reached;
}

/** `P(total ≥ goal)` over `days` business days of draws with this mean and spread. */
export function totalChance(goal: number, mean: number, sd: number, days: number): number {
  if (goal <= tolerance(0)) return 1;
  if (days <= 0) return 0;
  const expected = mean * days;
  if (sd === 0) return expected >= goal - tolerance(goal) ? 1 : 0;
  return normalCdf((expected - goal) / (sd * Math.sqrt(days)));
}

/** The chance of meeting the target with `goal` in place of its own. */
export function chanceOf(model: ChanceModel, goal: number): number {
  if (model.model === 'total') {
    return totalChance(goal * model.scale, model.mean, model.sd, model.businessDays);
  }
  if (goal <= 0 || model.needed <= 0) return 1;
  const size = model.values.length;
  const share = size === 0 ? 0 : reachedCount(model.values, goal) / size;
  return binomialTail(model.periods, share, model.needed);
}

function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const count = values.length;
  if (count === 0) return { mean: 0, sd: 0 };
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / count;
  if (count < 2) return { mean, sd: 0 };
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  const sd = Math.sqrt(squares / (count - 1));
  // Equal days of a sum metric (3,233.10 each) leave a rounding residue, not a spread.
  return { mean, sd: sd <= 1e-9 * Math.max(1, Math.abs(mean)) ? 0 : sd };
}

function lastIndexOf(calendar: PlanCalendar, target: Target): number {
  return target.until === undefined ? calendar.dayCount - 1 : toDayNumber(target.until) - calendar.startDay;
}

/** True for the targets counted as one sum over their window. */
export function isTotal(target: Target): boolean {
  return target.cadence === 'plan' || target.rule.kind === 'total';
}

function neededPeriods(target: Target, periods: number): number {
  return target.rule.kind === 'share-of-periods' ? Math.ceil(target.rule.atLeast * periods - 1e-9) : periods;
}

/** The model of a target at the plan's start. */
export function modelAtStart(calendar: PlanCalendar, target: Target, sample: RepSample): ChanceModel {
  const lastIndex = lastIndexOf(calendar, target);
  const businessDays = calendar.businessBefore[lastIndex + 1] ?? 0;
  const until = calendar.dates[lastIndex] as CivilDate;
  if (isTotal(target)) {
    const scale =
      target.cadence === 'plan'
        ? 1
        : target.cadence === 'daily'
          ? businessDays
          : businessDays / calendar.workdaysPerWeek;
    return {
      model: 'total',
      ...meanAndSd(sample.days),
      sampleSize: sample.days.length,
      businessDays,
      scale,
      until,
    };
  }
  const periods = periodLayouts(calendar, target.cadence, lastIndex).length;
  const daily = target.cadence === 'daily';
  return {
    model: 'periods',
    unit: daily ? 'day' : 'week',
    values: daily ? sample.days : sample.weeks,
    periods,
    needed: neededPeriods(target, periods),
  };
}

/**
 * The model of what is left at `asOf`: the periods not yet settled against those still needed,
 * or the goal still missing over the remaining business days (`G'` over `R`). Its goal is then
 * the remaining `G'` itself (scale 1); a period rule keeps the period's goal.
 */
export function modelDuringPlan(
  start: ChanceModel,
  periodGoal: number,
  sample: RepSample,
  evaluation: TargetEvaluation,
): { model: ChanceModel; goal: number } {
  if (start.model === 'total') {
    return {
      model: {
        ...start,
        ...meanAndSd(sample.days),
        sampleSize: sample.days.length,
        businessDays: evaluation.window.businessDays.remaining,
        scale: 1,
      },
      goal: Math.max(0, evaluation.goal - evaluation.actual),
    };
  }
  return {
    model: {
      ...start,
      values: start.unit === 'day' ? sample.days : sample.weeks,
      periods: evaluation.periodsRemaining,
      needed: Math.max(0, (evaluation.periodsNeeded ?? 0) - evaluation.periodsMet),
    },
    goal: periodGoal,
  };
}
