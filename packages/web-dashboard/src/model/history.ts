/**
 * A plan evaluated at several past dates, for sparklines, burn-ups and trends. Each point is a
 * full `evaluatePlan` at the end of that day, so history and today's figures cannot disagree.
 */
import { addDays, toDayNumber, weekdayOf } from '@onpace/core/calendar';
import type { PlanEvaluation } from '@onpace/core/pace';
import type { Plan } from '@onpace/core/schemas';
import type { PlanData } from '../data/dataset';
import { evaluateAt } from './evaluate';

export interface HistoryPoint {
  readonly date: string;
  readonly evaluation: PlanEvaluation;
}

/** The last date of the plan that is on or before `asOfDate`, or null before the plan starts. */
export function lastPlanDate(plan: Plan, asOfDate: string): string | null {
  if (asOfDate < plan.start) return null;
  return asOfDate > plan.end ? plan.end : asOfDate;
}

/** Every date of the plan from its start to `asOfDate` (one point per day of the plan so far). */
export function dailyDates(plan: Plan, asOfDate: string): string[] {
  const last = lastPlanDate(plan, asOfDate);
  if (last === null) return [];
  const count = toDayNumber(last) - toDayNumber(plan.start) + 1;
  return Array.from({ length: count }, (_, index) => addDays(plan.start, index));
}

/** The last day of each of the plan's weeks so far, and the as-of date itself. */
export function weeklyDates(plan: Plan, asOfDate: string): string[] {
  const last = lastPlanDate(plan, asOfDate);
  if (last === null) return [];
  const weekEnd = ((plan.weekStartsOn + 5) % 7) + 1;
  const dates = dailyDates(plan, last).filter((date) => weekdayOf(date) === weekEnd);
  if (dates.at(-1) !== last) dates.push(last);
  return dates;
}

export function historyAt(data: PlanData, dates: readonly string[]): HistoryPoint[] {
  return dates.map((date) => ({ date, evaluation: evaluateAt(data, date) }));
}
