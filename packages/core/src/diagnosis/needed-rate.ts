/**
 * The rate a target needs, in its unit: per business day for daily targets, per full week of
 * workdays for weekly and plan-cadence targets (docs/pace.md prorates a week by its business days,
 * so a weekly goal `G` is `G` per full week whatever the holidays).
 */
import { toDayNumber } from '../calendar/civil-date.js';
import type { PlanCalendar } from '../calendar/plan-calendar.js';
import type { TargetEvaluation } from '../pace/evaluate.js';
import type { Cadence, Target } from '../schemas/plan.js';
import type { RateUnit } from './attainability-schema.js';

export function unitOf(cadence: Cadence): RateUnit {
  return cadence === 'daily' ? 'day' : 'week';
}

/** `N` of the target's window: the plan's, or `plan.start .. until` for a milestone. */
function windowBusinessDays(calendar: PlanCalendar, target: Target): number {
  const lastIndex =
    target.until === undefined ? calendar.dayCount - 1 : toDayNumber(target.until) - calendar.startDay;
  return calendar.businessBefore[lastIndex + 1] ?? 0;
}

/** What the target asks from the start: `G` per day or week; a plan goal spread over its weeks. */
export function neededFromStart(calendar: PlanCalendar, target: Target): number {
  if (target.cadence !== 'plan') return target.goal;
  const days = windowBusinessDays(calendar, target);
  return days > 0 ? (target.goal * calendar.workdaysPerWeek) / days : 0;
}

/**
 * What the target still needs at the evaluation's `asOf`: 0 once achieved, null once missed.
 * A plan-cadence or `total` target needs its `requiredPerDay` over the business days left; a
 * daily or weekly target with a period rule needs its goal in each period still to come.
 */
export function neededFromNow(
  calendar: PlanCalendar,
  target: Target,
  evaluation: TargetEvaluation,
): number | null {
  if (evaluation.status === 'achieved') return 0;
  if (evaluation.status === 'missed') return null;
  if (target.cadence !== 'plan' && target.rule.kind !== 'total') return target.goal;
  const perDay = evaluation.requiredPerDay;
  if (perDay === null) return null;
  return unitOf(target.cadence) === 'day' ? perDay : perDay * calendar.workdaysPerWeek;
}
