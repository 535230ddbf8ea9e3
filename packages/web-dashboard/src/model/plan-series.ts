/**
 * The day-by-day figures behind a plan's charts. Every value is core's: the pace line is the
 * target's `expected` at the end of each day, the actual line its `actual`, bars come from
 * `dailyTotals` of the plan's rollup, and non-working days from the plan's business calendar.
 */
import { businessDates, planCalendar } from '@onpace/core/calendar';
import type { PlanEvaluation, TargetEvaluation } from '@onpace/core/pace';
import { dailyTotals } from '@onpace/core/rollups';
import type { Target } from '@onpace/core/schemas';
import type { PlanData } from '../data/dataset';
import { dailyDates, historyAt } from './history';
import { targetName } from './team-rows';

export interface DayPoint {
  readonly date: string;
  readonly business: boolean;
  /** The pace line: what core expects by the end of this day. */
  readonly expected: number;
  /** Cumulative actual at the end of this day; null after the as-of date. */
  readonly actual: number | null;
  /** The day's own total; null after the as-of date. */
  readonly value: number | null;
}

export interface TargetSeries {
  readonly target: Target;
  readonly name: string;
  readonly evaluation: TargetEvaluation;
  /** Every date of the target's window. */
  readonly days: readonly DayPoint[];
  /** Index in `days` of the as-of date (the last actual point), or -1 before the window. */
  readonly asOfIndex: number;
}

export interface PlanSeries {
  readonly evaluation: PlanEvaluation;
  readonly targets: readonly TargetSeries[];
}

const cache = new WeakMap<PlanData, Map<string, PlanSeries>>();

export function planSeries(data: PlanData, asOfDate: string): PlanSeries {
  let byDate = cache.get(data);
  if (!byDate) {
    byDate = new Map();
    cache.set(data, byDate);
  }
  const cached = byDate.get(asOfDate);
  if (cached) return cached;

  const { plan } = data;
  const allDates = dailyDates(plan, plan.end);
  const history = historyAt(data, allDates);
  const business = new Set(businessDates(planCalendar(plan)));
  const current = historyAt(data, [asOfDate])[0];
  if (!current) throw new Error('planSeries: no evaluation');
  const evaluation = current.evaluation;

  const targets = plan.targets.map((target, targetIndex): TargetSeries => {
    const targetEvaluation = evaluation.targets[targetIndex] as TargetEvaluation;
    const windowEnd = targetEvaluation.window.end;
    const totals = new Map(dailyTotals(data.rollup, target.metric).map((row) => [row.date, row.value]));
    const days: DayPoint[] = [];
    history.forEach((point) => {
      if (point.date > windowEnd) return;
      const figures = point.evaluation.targets[targetIndex] as TargetEvaluation;
      const past = point.date <= asOfDate;
      days.push({
        date: point.date,
        business: business.has(point.date),
        expected: figures.expected,
        actual: past ? figures.actual : null,
        value: past ? (totals.get(point.date) ?? 0) : null,
      });
    });
    const asOfIndex = days.findLastIndex((day) => day.actual !== null);
    return { target, name: targetName(data, target.id), evaluation: targetEvaluation, days, asOfIndex };
  });
  const series = { evaluation, targets };
  byDate.set(asOfDate, series);
  return series;
}
