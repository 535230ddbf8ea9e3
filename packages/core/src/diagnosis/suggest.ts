/**
 * `suggestTargets`: targets for the plan from its root cause and the rep's baseline. Each goal is
 * the highest with at least a 70 % chance of being met under its own cadence and rule
 * (`highestAttainableGoal`, docs/attainability.md). Daily and weekly suggestions count over the
 * whole plan (`total` rule), so one slow day or week can be made up. The team's figures are
 * context in the reason, never the goal's basis.
 */
import { type CivilDate, isCivilDate, toDayNumber } from '../calendar/civil-date.js';
import { type PlanCalendar, planCalendar } from '../calendar/plan-calendar.js';
import { isSumMetric, metricName } from '../metrics/catalog.js';
import type { Target } from '../schemas/plan.js';
import { chanceOf, modelAtStart, sampleOf } from './attainability-model.js';
import { percentWords } from './attainability-words.js';
import type { Baseline } from './baseline-schema.js';
import type { Diagnosis } from './diagnosis-schema.js';
import { ATTAINABLE_CHANCE, highestGoalOf } from './highest-goal.js';
import type { TargetSuggestion } from './suggestion-schema.js';
import { type SuggestionSpec, suggestionSpecs } from './suggestion-specs.js';
import { teamMembers, teamRate } from './team.js';
import { hasEnoughHistory } from './verdict.js';
import { formatAmount } from './words.js';

/** What suggestions need of a plan (or of a draft in the editor); a parsed `Plan` satisfies it. */
export interface SuggestionPlan {
  readonly targets?: readonly { readonly id: string; readonly metric: string }[];
  /** Both dates valid: a goal's chance depends on the window it must be met in. */
  readonly start?: CivilDate;
  readonly end?: CivilDate;
  readonly timeZone?: string;
  readonly workdays?: readonly number[];
  readonly weekStartsOn?: number;
  readonly holidays?: readonly CivilDate[];
  readonly ptoDays?: readonly CivilDate[];
}

/** The plan's calendar; null without a usable window (no goal can be judged without one). */
function suggestionCalendar(plan: SuggestionPlan): PlanCalendar | null {
  const { start, end } = plan;
  if (start === undefined || end === undefined || !isCivilDate(start) || !isCivilDate(end)) return null;
  if (toDayNumber(end) < toDayNumber(start)) return null;
  const calendar = planCalendar({
    timeZone: plan.timeZone ?? 'UTC',
    start,
    end,
    workdays: plan.workdays ?? [1, 2, 3, 4, 5],
    weekStartsOn: plan.weekStartsOn ?? 1,
    holidays: plan.holidays ?? [],
    ptoDays: plan.ptoDays ?? [],
    workingHours: { start: '09:00', end: '17:00' },
  });
  return calendar.total > 0 ? calendar : null;
}

function uniqueId(metric: string, taken: Set<string>): string {
  const stem = `suggested-${metric.replaceAll('_', '-')}`;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function suggestTargets(
  plan: SuggestionPlan,
  baseline: Baseline,
  diagnosis: Pick<Diagnosis, 'cause'>,
  teamBaselines?: readonly Baseline[],
): TargetSuggestion[] {
  const calendar = suggestionCalendar(plan);
  if (calendar === null) return [];
  const members = teamMembers(teamBaselines);
  const taken = new Set((plan.targets ?? []).map((target) => target.id));
  const suggestions: TargetSuggestion[] = [];
  for (const spec of suggestionSpecs(diagnosis.cause)) {
    const suggestion = suggestOne(spec, { baseline, members, calendar, taken, plan });
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}

interface Context {
  readonly baseline: Baseline;
  readonly members: readonly Baseline[];
  readonly calendar: PlanCalendar;
  readonly taken: Set<string>;
  readonly plan: SuggestionPlan;
}

function suggestedTarget(spec: SuggestionSpec, id: string, goal: number): Target {
  const name = metricName(spec.metric);
  const per = spec.cadence === 'plan' ? 'over the plan' : spec.cadence === 'daily' ? 'a day' : 'a week';
  return {
    id,
    metric: spec.metric,
    label: `${capitalized(name)} ${per}`,
    cadence: spec.cadence,
    goal,
    rule: spec.cadence === 'plan' ? { kind: 'each-period' } : { kind: 'total' },
    required: true,
  };
}

function teamClause(context: Context, spec: SuggestionSpec, unit: 'day' | 'week'): string | null {
  const team = teamRate(context.members, spec.metric, unit);
  if (team === null) return null;
  return `For context, the team’s median ${unit} is ${formatAmount(team.median)} (${team.members} reps).`;
}

function suggestOne(spec: SuggestionSpec, context: Context): TargetSuggestion | null {
  const unit = spec.cadence === 'daily' ? 'day' : 'week';
  const sample = sampleOf(context.baseline, spec.metric, null);
  const probe = suggestedTarget(spec, 'probe', 1);
  const model = modelAtStart(context.calendar, probe, sample);
  if (!hasEnoughHistory(model, sample)) return null;
  const goal = highestGoalOf(model, ATTAINABLE_CHANCE, isSumMetric(spec.metric));
  if (goal === null) return null;
  const chance = chanceOf(model, goal);
  const target = suggestedTarget(spec, uniqueId(spec.metric, context.taken), goal);
  const per =
    spec.cadence === 'plan'
      ? 'over the plan'
      : `a ${unit}, counted over the whole plan so a slow ${unit} can be made up`;
  const reason = [
    spec.why,
    `${formatAmount(goal)} ${metricName(spec.metric)} ${per}: the highest goal with at least a 70 % chance on your own history (${percentWords(Math.floor(chance * 100 + 1e-9) / 100)}).`,
    teamClause(context, spec, unit),
  ]
    .filter((part): part is string => part !== null)
    .join(' ');
  return {
    target,
    replaces: context.plan.targets?.find((existing) => existing.metric === spec.metric)?.id ?? null,
    reason,
    figures: { unit, chance },
  };
}
