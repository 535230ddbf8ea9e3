/**
 * `assessAttainability`: for each target of a plan, the rate it needs against what the rep has
 * shown (their 75th and 90th percentile) and the team's 75th percentile. At the plan's start by
 * default; with `asOf` and the plan's activities, the rate still needed at that instant.
 */
import { fromDayNumber, toDayNumber } from '../calendar/civil-date.js';
import { planCalendar } from '../calendar/plan-calendar.js';
import { evaluatePlan, type PlanEvaluation } from '../pace/evaluate.js';
import type { Rollup } from '../rollups/rollup.js';
import type { Activity } from '../schemas/activity.js';
import type { Plan } from '../schemas/plan.js';
import type { RateUnit, ShownFigures, TargetAttainability } from './attainability-schema.js';
import { attainabilityReason } from './attainability-words.js';
import { computeBaseline } from './baseline.js';
import type { Baseline } from './baseline-schema.js';
import { neededFromNow, neededFromStart, unitOf } from './needed-rate.js';
import { teamMembers, teamRate } from './team.js';
import { verdictFor } from './verdict.js';

export type AttainabilityOptions =
  | { readonly asOf?: undefined; readonly activities?: undefined }
  | {
      /** Re-evaluate at this instant: the rate still needed, and the plan's settled days as evidence. */
      readonly asOf: string;
      /** The plan's activities (or their rollup in the plan's zone), as for `evaluatePlan`. */
      readonly activities: readonly Activity[] | Rollup;
    };

/** A baseline's distribution of a metric in a unit; null when it cannot support a verdict. */
export function shownFigures(baseline: Baseline | null, metric: string, unit: RateUnit): ShownFigures | null {
  if (baseline === null || !baseline.sufficient) return null;
  const figures = baseline.metrics[metric];
  if (!figures || figures.total <= 0) return null;
  const distribution = unit === 'day' ? figures.perDay : figures.perWeek;
  if (!distribution) return null;
  const { median, p75, p90 } = distribution;
  return { median, p75, p90, observed: unit === 'day' ? baseline.businessDays : baseline.weeks };
}

/** The better of the two: what the rep has shown before and during the plan. */
function best(a: ShownFigures | null, b: ShownFigures | null): { p75: number; p90: number } | null {
  if (a === null || b === null) return a ?? b;
  return { p75: Math.max(a.p75, b.p75), p90: Math.max(a.p90, b.p90) };
}

/** The rep's settled business days of the plan (those before `asOf`'s date), as a baseline. */
function planSoFar(
  plan: Plan,
  activities: readonly Activity[] | Rollup,
  evaluation: PlanEvaluation,
): Baseline | null {
  const lastSettled = Math.min(toDayNumber(evaluation.date) - 1, toDayNumber(plan.end));
  if (lastSettled < toDayNumber(plan.start)) return null;
  return computeBaseline(plan, activities, { from: plan.start, to: fromDayNumber(lastSettled) });
}

export function assessAttainability(
  plan: Plan,
  baseline: Baseline,
  teamBaselines?: readonly Baseline[],
  options: AttainabilityOptions = {},
): TargetAttainability[] {
  const calendar = planCalendar(plan);
  const members = teamMembers(teamBaselines);
  const evaluation = options.asOf === undefined ? null : evaluatePlan(plan, options.activities, options.asOf);
  const inPlanBaseline =
    evaluation === null || options.activities === undefined
      ? null
      : planSoFar(plan, options.activities, evaluation);

  return plan.targets.map((target, index) => {
    const unit = unitOf(target.cadence);
    const targetEvaluation = evaluation?.targets[index] ?? null;
    const needed =
      targetEvaluation === null
        ? neededFromStart(calendar, target)
        : neededFromNow(calendar, target, targetEvaluation);
    const rep = shownFigures(baseline, target.metric, unit);
    const inPlan = shownFigures(inPlanBaseline, target.metric, unit);
    const shown = best(rep, inPlan);
    const team = teamRate(members, target.metric, unit);
    const verdict = verdictFor(needed, shown, team);
    return {
      targetId: target.id,
      metric: target.metric,
      cadence: target.cadence,
      verdict,
      unit,
      needed,
      basis: targetEvaluation === null ? 'goal' : 'remaining',
      asOf: options.asOf ?? null,
      status: targetEvaluation?.status ?? null,
      rep,
      inPlan,
      team,
      reason: attainabilityReason({
        verdict,
        metric: target.metric,
        unit,
        needed,
        remaining: targetEvaluation !== null,
        shown,
        team,
        baseline,
      }),
    };
  });
}
