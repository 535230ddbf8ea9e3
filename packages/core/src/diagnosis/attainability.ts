/**
 * `assessAttainability` (docs/attainability.md): for each target of a plan, the chance that the
 * rep meets it as its rule counts it, from their own history: at the plan's start, or with
 * `asOf` and the plan's activities, on what is left (the plan's settled days joining the sample).
 * The team's figures ride along as context; they never change the chance or the verdict.
 */
import { fromDayNumber, toDayNumber } from '../calendar/civil-date.js';
import { planCalendar } from '../calendar/plan-calendar.js';
import { isSumMetric } from '../metrics/catalog.js';
import { evaluatePlan, type TargetEvaluation } from '../pace/evaluate.js';
import type { Rollup } from '../rollups/rollup.js';
import type { Activity } from '../schemas/activity.js';
import type { Plan, Target } from '../schemas/plan.js';
import {
  type ChanceModel,
  chanceOf,
  isTotal,
  modelAtStart,
  modelDuringPlan,
  reachedCount,
  sampleOf,
} from './attainability-model.js';
import type {
  AttainabilityEvidence,
  AttainableGoal,
  TargetAttainability,
  TeamContext,
} from './attainability-schema.js';
import { attainabilityWords, attainableGoalLabel, teamContextWords } from './attainability-words.js';
import { computeBaseline } from './baseline.js';
import type { Baseline } from './baseline-schema.js';
import { ATTAINABLE_CHANCE, highestGoalOf } from './highest-goal.js';
import { teamMembers, teamRate } from './team.js';
import { hasEnoughHistory, verdictOf } from './verdict.js';

export interface AttainabilityOptions {
  /** Teammates' baselines on this plan's calendar: shown beside the verdict, never its basis. */
  readonly team?: readonly Baseline[];
  /** Judge what is left at this instant; needs `activities`. */
  readonly asOf?: string;
  /** The plan's activities (or their rollup in the plan's zone), as for `evaluatePlan`. */
  readonly activities?: readonly Activity[] | Rollup;
}

/**
 * The plan's settled business days (those before `asOf`'s date) and its full weeks that ended
 * before it, as a baseline to join the rep's sample; null before the plan's first day is over.
 */
function planSoFar(plan: Plan, activities: readonly Activity[] | Rollup, date: string): Baseline | null {
  const lastSettled = Math.min(toDayNumber(date) - 1, toDayNumber(plan.end));
  if (lastSettled < toDayNumber(plan.start)) return null;
  return computeBaseline(plan, activities, {
    from: plan.start,
    to: fromDayNumber(lastSettled),
    // Every day of the plan counts, recorded or not: the rep was working the plan.
    observedFrom: plan.start,
  });
}

function evidenceOf(
  model: ChanceModel,
  goal: number,
  milestone: boolean,
  met: number | null,
): AttainabilityEvidence {
  if (model.model === 'total') {
    return {
      model: 'total',
      mean: model.mean,
      sd: model.sd,
      sampleSize: model.sampleSize,
      goal: goal * model.scale,
      businessDays: model.businessDays,
      until: model.until,
      milestone,
    };
  }
  const reached = reachedCount(model.values, goal);
  const sampleSize = model.values.length;
  return {
    model: 'periods',
    unit: model.unit,
    goal,
    reached,
    sampleSize,
    share: sampleSize === 0 ? 0 : reached / sampleSize,
    periods: model.periods,
    needed: model.needed,
    met,
  };
}

function teamContext(members: readonly Baseline[], target: Target): TeamContext | null {
  const unit = target.cadence === 'daily' ? 'day' : 'week';
  const stat = teamRate(members, target.metric, unit);
  if (stat === null) return null;
  return { ...stat, unit, words: teamContextWords(target.metric, unit, stat) };
}

interface TargetInputs {
  readonly plan: Plan;
  readonly target: Target;
  readonly baseline: Baseline;
  readonly inPlan: Baseline | null;
  readonly evaluation: TargetEvaluation | null;
  readonly members: readonly Baseline[];
  readonly asOf: string | null;
}

function attainableGoal(model: ChanceModel, target: Target, until: string | null): AttainableGoal | null {
  const goal = highestGoalOf(model, ATTAINABLE_CHANCE, isSumMetric(target.metric));
  if (goal === null) return null;
  return {
    goal,
    chance: chanceOf(model, goal),
    label: attainableGoalLabel(target.metric, target.cadence, goal, until),
  };
}

function assessTarget(inputs: TargetInputs): TargetAttainability {
  const { plan, target, evaluation } = inputs;
  const calendar = planCalendar(plan);
  const before = sampleOf(inputs.baseline, target.metric, null);
  const atStart = modelAtStart(calendar, target, before);
  const until = target.until ?? null;
  const sample = evaluation === null ? before : sampleOf(inputs.baseline, target.metric, inputs.inPlan);
  const judged =
    evaluation === null
      ? { model: atStart, goal: target.goal }
      : modelDuringPlan(atStart, target.goal, sample, evaluation);
  const enough = hasEnoughHistory(judged.model, sample);
  const chance = enough ? chanceOf(judged.model, judged.goal) : null;
  const entry = {
    targetId: target.id,
    metric: target.metric,
    cadence: target.cadence,
    chance,
    verdict: verdictOf(chance),
    basis: evaluation === null ? ('goal' as const) : ('remaining' as const),
    asOf: inputs.asOf,
    status: evaluation?.status ?? null,
    sample: { days: sample.days.length, weeks: sample.weeks.length },
    evidence: enough
      ? evidenceOf(
          judged.model,
          judged.goal,
          until !== null && isTotal(target),
          evaluation === null ? null : evaluation.periodsMet,
        )
      : null,
    attainable: hasEnoughHistory(atStart, before) ? attainableGoal(atStart, target, until) : null,
  };
  return {
    ...entry,
    team: teamContext(inputs.members, target),
    reason: attainabilityWords({ entry, goal: target.goal, until }),
  };
}

/**
 * Each target's chance and verdict, in the plan's order. With `asOf` (and `activities`), judged
 * on what is left at that instant, the plan's settled days and full weeks joining the sample.
 */
export function assessAttainability(
  plan: Plan,
  baseline: Baseline,
  options: AttainabilityOptions = {},
): TargetAttainability[] {
  const members = teamMembers(options.team);
  const { asOf } = options;
  if (asOf !== undefined && options.activities === undefined) {
    throw new RangeError('assessAttainability: asOf needs the plan’s activities');
  }
  const activities = options.activities ?? [];
  const evaluation = asOf === undefined ? null : evaluatePlan(plan, activities, asOf);
  const inPlan = evaluation === null ? null : planSoFar(plan, activities, evaluation.date);
  return plan.targets.map((target, index) =>
    assessTarget({
      plan,
      target,
      baseline,
      inPlan,
      evaluation: evaluation?.targets[index] ?? null,
      members,
      asOf: asOf ?? null,
    }),
  );
}
