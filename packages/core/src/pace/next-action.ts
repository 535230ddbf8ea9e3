/**
 * The next-action sentence of docs/ux.md: what a rep can do in the next hours to stay on pace
 * ("18 more calls by 17:00 keeps you on pace", "1.2 opps a day for the rest of the week",
 * "Pipeline: $7,273 a day from here"), or a calm, factual line once a target is settled.
 *
 * Pure: it reads a target's evaluation (core's `TargetEvaluation`, or the overlay's copy of
 * it, which has the same fields) and never the clock. The locale and currency are arguments.
 *
 * What "keeps you on pace" means for a daily target. Inside a business day the expected
 * figure grows with the working hours, `X_p = G_p * f(h)`, and reaches `G_p` when they end;
 * the day then settles, achieved only if `A_p >= G_p` (docs/pace.md). So the amount that keeps
 * the rep on pace is what brings today's actual up to `X_p` at the end of the working day:
 * `max(0, ceil(G_p - A_p))` more by `hours.end`. The other reading, the catch-up to the pace
 * line right now (`ceil(X_p - A_p)`), is always smaller, says nothing about the rest of the
 * day, and would let a rep who follows it still end the day missed, so it is not used.
 *
 * Rounding. Counts still needed round up: 17.2 calls needed means 18 calls. A per-day rate
 * of a count rounds up to one decimal below 10 ("1.2 opps a day") and to a whole number
 * from 10, so a rep who follows it reaches the goal. Money rounds up to whole currency units.
 * A small tolerance keeps float noise (a prorated goal of 3.0000000001) from adding one.
 */
import { isSumMetric, metricName } from '../metrics/catalog.js';
import type { Status } from './status.js';

const EPSILON = 1e-9;

/** The figures of one period (a day, a week, or a plan-cadence target's whole window). */
export interface NextActionPeriod {
  readonly start: string;
  readonly goal: number;
  readonly actual: number;
  readonly status: Status;
  readonly settled: boolean;
  readonly businessDays: { readonly elapsed: number; readonly remaining: number };
}

/** What the sentence reads from a target's evaluation; `TargetEvaluation` satisfies it. */
export interface NextActionTarget {
  readonly metric: string;
  readonly cadence: 'daily' | 'weekly' | 'plan';
  readonly goal: number;
  readonly actual: number;
  readonly requiredPerDay: number | null;
  readonly status: Status;
  readonly periods: readonly NextActionPeriod[];
  readonly current: NextActionPeriod | null;
  readonly periodsMet: number;
  /** Null for the `total` rule: then only the sum over the window counts. */
  readonly periodsNeeded: number | null;
}

export interface NextActionOptions {
  /** The plan's working-hours end, `HH:MM` ("17:00"). */
  readonly workingHoursEnd: string;
  /** BCP 47 locale for numbers and dates ("en-US"); the browser's in the extension. */
  readonly locale: string;
  /** ISO 4217 code of the plan's currency, for money metrics. */
  readonly currency: string;
  /** The target's own label; otherwise a name for its metric ("Pipeline"). */
  readonly label?: string;
}

/** The next action, before wording: what the overlay shows and what tests check. */
export type NextAction =
  /** The whole target is achieved. */
  | { readonly kind: 'target-done' }
  /** The target is missed: it cannot be achieved any more. */
  | { readonly kind: 'target-missed' }
  /** Today's (daily) or this week's (weekly) goal is already met. */
  | { readonly kind: 'period-done'; readonly period: 'day' | 'week'; readonly goal: number }
  /** `amount` more by the end of today's working hours keeps the rep on pace. */
  | { readonly kind: 'more-today'; readonly amount: number }
  /** At most one business day is left: `amount` more by the end of the week or the plan. */
  | { readonly kind: 'more-by-end'; readonly scope: 'week' | 'plan'; readonly amount: number }
  /** `rate` a day for the rest of the week, or for the rest of the window ("from here"). */
  | {
      readonly kind: 'per-day';
      readonly scope: 'week' | 'plan';
      readonly rate: number;
      readonly fromStart: boolean;
    }
  /** Nothing to do until the next period (after hours, a weekend, a holiday). */
  | { readonly kind: 'next-period'; readonly period: 'day' | 'week'; readonly goal: number }
  /** The window has not begun. */
  | {
      readonly kind: 'not-begun';
      readonly start: string;
      readonly period: 'day' | 'week';
      readonly goal: number;
    };

/** A count still needed, rounded up; never negative. */
export function countStillNeeded(goal: number, actual: number): number {
  return Math.max(0, Math.ceil(goal - actual - EPSILON));
}

/** A per-day rate of a count, rounded up: to one decimal below 10, to a whole number from 10. */
export function roundRateUp(rate: number): number {
  if (rate <= 0) return 0;
  if (rate >= 10) return Math.ceil(rate - EPSILON);
  return Math.ceil(rate * 10 - EPSILON) / 10;
}

function remainingIn(periods: readonly NextActionPeriod[]): number {
  return periods.reduce((sum, period) => sum + period.businessDays.remaining, 0);
}

function elapsedIn(periods: readonly NextActionPeriod[]): number {
  return periods.reduce((sum, period) => sum + period.businessDays.elapsed, 0);
}

/** The pace over the rest of the whole window: plan cadence, and the `total` rule. */
function windowAction(target: NextActionTarget): NextAction {
  const money = isSumMetric(target.metric);
  const remaining = remainingIn(target.periods);
  const needed = money
    ? Math.max(0, target.goal - target.actual)
    : countStillNeeded(target.goal, target.actual);
  if (remaining <= 1 + EPSILON) {
    return { kind: 'more-by-end', scope: 'plan', amount: money ? Math.ceil(needed - EPSILON) : needed };
  }
  const perDay = needed / remaining;
  return {
    kind: 'per-day',
    scope: 'plan',
    rate: money ? Math.ceil(perDay - EPSILON) : roundRateUp(perDay),
    fromStart: elapsedIn(target.periods) <= EPSILON,
  };
}

/** The first period not yet started after `after` (or the first one when `after` is null). */
function nextPeriod(target: NextActionTarget, after: NextActionPeriod | null): NextActionPeriod | undefined {
  const from = after ? target.periods.indexOf(after) + 1 : 0;
  return target.periods.slice(from).find((period) => !period.settled && period !== after);
}

function periodAction(target: NextActionTarget, unit: 'day' | 'week'): NextAction {
  const current = target.current;
  const notBegun = current === null && elapsedIn(target.periods) <= EPSILON;
  if (current && !current.settled) {
    const needed = countStillNeeded(current.goal, current.actual);
    if (needed === 0) return { kind: 'period-done', period: unit, goal: current.goal };
    if (unit === 'day') return { kind: 'more-today', amount: needed };
    const remaining = current.businessDays.remaining;
    if (remaining <= 1 + EPSILON) return { kind: 'more-by-end', scope: 'week', amount: needed };
    return { kind: 'per-day', scope: 'week', rate: roundRateUp(needed / remaining), fromStart: false };
  }
  if (current?.status === 'achieved') return { kind: 'period-done', period: unit, goal: current.goal };
  const next = nextPeriod(target, current);
  if (!next) return { kind: 'target-missed' };
  if (notBegun) return { kind: 'not-begun', start: next.start, period: unit, goal: next.goal };
  return { kind: 'next-period', period: unit, goal: next.goal };
}

/** The next action for a target, from its evaluation. */
export function nextAction(target: NextActionTarget): NextAction {
  if (target.status === 'achieved') return { kind: 'target-done' };
  if (target.status === 'missed') return { kind: 'target-missed' };
  if (target.cadence === 'plan' || target.periodsNeeded === null) return windowAction(target);
  return periodAction(target, target.cadence === 'daily' ? 'day' : 'week');
}

/** Formats the figures of a sentence in one locale and currency. */
interface Wording {
  readonly label: string;
  readonly isMoney: boolean;
  count(value: number): string;
  money(value: number): string;
  /** Money in the plan's currency, or a count. */
  amount(value: number): string;
  /** "18 calls", "1 call", "1.2 opps". */
  counted(value: number): string;
  /** "18 more calls", "1 more call". */
  more(value: number): string;
  date(civilDate: string): string;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function wording(metric: string, options: NextActionOptions): Wording {
  const countFormat = new Intl.NumberFormat(options.locale, { maximumFractionDigits: 1 });
  const moneyFormat = new Intl.NumberFormat(options.locale, {
    style: 'currency',
    currency: options.currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  // Civil dates are zone-free: format them as UTC midnights so no offset shifts the day.
  const dateFormat = new Intl.DateTimeFormat(options.locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const isMoney = isSumMetric(metric);
  const words: Wording = {
    label: options.label ?? capitalize(metricName(metric)),
    isMoney,
    count: (value) => countFormat.format(value),
    money: (value) => moneyFormat.format(value),
    amount: (value) => (isMoney ? words.money(value) : words.count(value)),
    counted: (value) => `${words.count(value)} ${metricName(metric, value === 1 ? 'one' : 'many')}`,
    more: (value) => `${words.count(value)} more ${metricName(metric, value === 1 ? 'one' : 'many')}`,
    date: (civilDate) => dateFormat.format(new Date(`${civilDate}T00:00:00Z`)),
  };
  return words;
}

function doneSentence(target: NextActionTarget, words: Wording): string {
  if (target.cadence === 'plan' || target.periodsNeeded === null) {
    return `${words.label} goal reached: ${words.amount(target.actual)} of ${words.amount(target.goal)}`;
  }
  const unit = target.cadence === 'daily' ? 'days' : 'weeks';
  return `${words.label} goal reached: ${target.periodsMet} of ${target.periods.length} ${unit} met`;
}

function missedSentence(target: NextActionTarget, words: Wording): string {
  if (target.cadence === 'plan' || target.periodsNeeded === null) {
    return `${words.label} ended at ${words.amount(target.actual)} of ${words.amount(target.goal)}`;
  }
  const unit = target.cadence === 'daily' ? 'days' : 'weeks';
  return `${words.label}: ${target.periodsMet} of ${target.periods.length} ${unit} met; ${target.periodsNeeded} were needed`;
}

/** The sentence the overlay and the popup show under a target; no exclamation marks. */
export function nextActionSentence(target: NextActionTarget, options: NextActionOptions): string {
  const words = wording(target.metric, options);
  const action = nextAction(target);
  switch (action.kind) {
    case 'target-done':
      return doneSentence(target, words);
    case 'target-missed':
      return missedSentence(target, words);
    case 'period-done':
      return action.period === 'day'
        ? `Today's goal of ${words.counted(action.goal)} is met`
        : `This week's goal of ${words.counted(action.goal)} is met`;
    case 'more-today':
      return `${words.more(action.amount)} by ${options.workingHoursEnd} keeps you on pace`;
    case 'more-by-end': {
      const end = action.scope === 'week' ? 'the end of the week' : 'the end of the plan';
      return words.isMoney
        ? `${words.label}: ${words.money(action.amount)} more by ${end}`
        : `${words.more(action.amount)} by ${end} keeps you on pace`;
    }
    case 'per-day': {
      const rest =
        action.scope === 'week'
          ? 'for the rest of the week'
          : action.fromStart
            ? 'from the first day'
            : 'from here';
      return words.isMoney
        ? `${words.label}: ${words.money(action.rate)} a day ${rest}`
        : `${words.counted(action.rate)} a day ${rest}`;
    }
    case 'next-period':
      return action.period === 'day'
        ? `Next business day: ${words.counted(Math.ceil(action.goal - EPSILON))}`
        : `Next week: ${words.counted(Math.ceil(action.goal - EPSILON))}`;
    case 'not-begun':
      return `From ${words.date(action.start)}: ${words.counted(Math.ceil(action.goal - EPSILON))} a ${action.period}`;
  }
}
