/**
 * `highestAttainableGoal` (docs/attainability.md "The highest attainable goal"): the largest
 * goal whose chance at the plan's start is at least `chance`, in the target's own cadence and
 * rule, rounded down to a goal people can read.
 */
import { planCalendar } from '../calendar/plan-calendar.js';
import { isSumMetric } from '../metrics/catalog.js';
import type { Plan } from '../schemas/plan.js';
import { type ChanceModel, chanceOf, modelAtStart, sampleOf } from './attainability-model.js';
import type { Baseline } from './baseline-schema.js';
import { hasEnoughHistory } from './verdict.js';

export const ATTAINABLE_CHANCE = 0.7;

/**
 * The rounding step of a goal near `value`: 1 for a count; for a sum, `10^(max(d, 2) − 2)` with
 * `d` the digits of its integer part (two significant figures: 64,662 → steps of 1,000).
 */
export function goalStep(value: number, sum: boolean): number {
  if (!sum) return 1;
  const digits = Math.max(1, Math.floor(Math.abs(value)).toString().length);
  return 10 ** (Math.max(digits, 2) - 2);
}

/** `value` rounded down to its step (64,662 → 64,000; 87.4 → 87). */
export function roundGoalDown(value: number, sum: boolean): number {
  const step = goalStep(value, sum);
  return Math.floor(value / step + 1e-9) * step;
}

/** The supremum of the goals whose chance is at least `chance` (chance is monotone in the goal). */
function largestReaching(model: ChanceModel, chance: number): number {
  if (model.model === 'periods') {
    // The share only changes at observed values: the largest one that still reaches `chance` wins.
    const candidates = [...new Set(model.values)].filter((value) => value > 0).sort((a, b) => b - a);
    return candidates.find((value) => chanceOf(model, value) >= chance) ?? 0;
  }
  const { mean, sd, businessDays, scale } = model;
  if (businessDays <= 0 || scale <= 0) return 0;
  if (sd === 0) return (mean * businessDays) / scale;
  let low = 0;
  // Forty standard deviations above the mean: the chance there is 0 in double precision.
  let high = (mean * businessDays + 40 * sd * Math.sqrt(businessDays)) / scale;
  if (chanceOf(model, high) >= chance) return high;
  for (let step = 0; step < 200 && high - low > 1e-12 * Math.max(1, high); step++) {
    const middle = (low + high) / 2;
    if (chanceOf(model, middle) >= chance) low = middle;
    else high = middle;
  }
  return low;
}

/** The highest readable goal of a model that reaches `chance`; null when none above 0 does. */
export function highestGoalOf(model: ChanceModel, chance: number, sum: boolean): number | null {
  let goal = roundGoalDown(largestReaching(model, chance), sum);
  // Guard the rounding against a bisection that stopped a hair off the boundary.
  while (goal > 0 && chanceOf(model, goal) < chance) goal = roundGoalDown(goal - goalStep(goal, sum), sum);
  for (let guard = 0; guard < 3 && chanceOf(model, goal + goalStep(goal, sum)) >= chance; guard++) {
    goal += goalStep(goal, sum);
  }
  return goal > 0 ? goal : null;
}

function checkedChance(chance: number): number {
  if (!(chance > 0 && chance <= 1)) {
    throw new RangeError(`chance must be above 0 and at most 1, not ${chance}`);
  }
  return chance;
}

function startModel(plan: Plan, targetId: string, baseline: Baseline) {
  const target = plan.targets.find((candidate) => candidate.id === targetId);
  if (!target) throw new RangeError(`plan ${plan.id} has no target "${targetId}"`);
  const sample = sampleOf(baseline, target.metric, null);
  const model = modelAtStart(planCalendar(plan), target, sample);
  return { target, model, enough: hasEnoughHistory(model, sample) };
}

/**
 * The chance at the plan's start of meeting `targetId` with `goal` in place of its own goal
 * (what the plan editor shows while a goal is typed); null with too little history.
 */
export function attainabilityChance(
  plan: Plan,
  targetId: string,
  baseline: Baseline,
  goal: number,
): number | null {
  const { model, enough } = startModel(plan, targetId, baseline);
  return enough ? chanceOf(model, goal) : null;
}

/**
 * The largest goal for `targetId` whose chance at the plan's start is at least `chance`: a whole
 * number for a count metric, two significant figures for a sum. Null with too little history
 * (`no-data`) or when no goal above 0 reaches `chance`.
 */
export function highestAttainableGoal(
  plan: Plan,
  targetId: string,
  baseline: Baseline,
  chance: number = ATTAINABLE_CHANCE,
): number | null {
  checkedChance(chance);
  const { target, model, enough } = startModel(plan, targetId, baseline);
  return enough ? highestGoalOf(model, chance, isSumMetric(target.metric)) : null;
}
