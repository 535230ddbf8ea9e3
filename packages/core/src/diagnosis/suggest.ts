/**
 * `suggestTargets`: targets for the plan from its root cause and the rep's baseline. Each goal is
 * the rep's median day (or week) raised by 20%, capped at the team's 75th percentile, and never
 * below the rep's own median. Daily and weekly suggestions count over the whole plan (`total`
 * rule), so one slow day or week can be made up.
 */
import { type CivilDate, isCivilDate, toDayNumber } from '../calendar/civil-date.js';
import { planCalendar } from '../calendar/plan-calendar.js';
import { isSumMetric, metricName } from '../schemas/metric.js';
import type { Baseline } from './baseline-schema.js';
import type { Diagnosis } from './diagnosis-schema.js';
import { roundGoal } from './round-goal.js';
import type { TargetSuggestion } from './suggestion-schema.js';
import { type SuggestionSpec, suggestionSpecs } from './suggestion-specs.js';
import { teamMembers, teamRate } from './team.js';
import { formatAmount } from './words.js';

export const SUGGESTED_UPLIFT = 0.2;

/** What suggestions need of a plan (or of a draft in the editor); a parsed `Plan` satisfies it. */
export interface SuggestionPlan {
  readonly targets?: readonly { readonly id: string; readonly metric: string }[];
  /** With both dates valid, a plan-cadence suggestion covers the window; otherwise it becomes weekly. */
  readonly start?: CivilDate;
  readonly end?: CivilDate;
  readonly timeZone?: string;
  readonly workdays?: readonly number[];
  readonly holidays?: readonly CivilDate[];
  readonly ptoDays?: readonly CivilDate[];
}

/** Full weeks of business time in the plan window; null without a usable window. */
function planWeeks(plan: SuggestionPlan, workdaysPerWeek: number): number | null {
  const { start, end } = plan;
  if (start === undefined || end === undefined || !isCivilDate(start) || !isCivilDate(end)) return null;
  if (toDayNumber(end) < toDayNumber(start)) return null;
  const calendar = planCalendar({
    timeZone: plan.timeZone ?? 'UTC',
    start,
    end,
    workdays: plan.workdays ?? [1, 2, 3, 4, 5],
    weekStartsOn: 1,
    holidays: plan.holidays ?? [],
    ptoDays: plan.ptoDays ?? [],
    workingHours: { start: '09:00', end: '17:00' },
  });
  return calendar.total > 0 ? calendar.total / workdaysPerWeek : null;
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
  if (!baseline.sufficient) return [];
  const members = teamMembers(teamBaselines);
  const taken = new Set((plan.targets ?? []).map((target) => target.id));
  const weeks = planWeeks(plan, baseline.workdaysPerWeek);
  const suggestions: TargetSuggestion[] = [];
  for (const spec of suggestionSpecs(diagnosis.cause)) {
    const suggestion = suggestOne(spec.cadence === 'plan' && weeks === null ? weekly(spec) : spec, {
      baseline,
      members,
      weeks,
      taken,
      plan,
    });
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}

function capClause(base: number, raised: number, cap: number | null, perUnit: number): string {
  if (cap === null) return `+20% makes ${formatAmount(raised)}`;
  if (cap < base) {
    return `that is already above the team’s 75th percentile (${formatAmount(cap)}), so the goal stays at it`;
  }
  if (perUnit < raised) {
    return `+20% would be ${formatAmount(raised)}, capped at the team’s 75th percentile (${formatAmount(cap)})`;
  }
  return `+20% makes ${formatAmount(raised)}, within the team’s 75th percentile (${formatAmount(cap)})`;
}

function weekly(spec: SuggestionSpec): SuggestionSpec {
  return { ...spec, cadence: 'weekly' };
}

interface Context {
  readonly baseline: Baseline;
  readonly members: readonly Baseline[];
  readonly weeks: number | null;
  readonly taken: Set<string>;
  readonly plan: SuggestionPlan;
}

function suggestOne(spec: SuggestionSpec, context: Context): TargetSuggestion | null {
  const unit = spec.cadence === 'daily' ? 'day' : 'week';
  const figures = context.baseline.metrics[spec.metric];
  const distribution = unit === 'day' ? figures?.perDay : figures?.perWeek;
  if (!distribution) return null;
  const baseKind = distribution.median > 0 ? 'median' : 'mean';
  const base = baseKind === 'median' ? distribution.median : distribution.mean;
  if (!(base > 0)) return null;
  const raised = base * (1 + SUGGESTED_UPLIFT);
  const cap = teamRate(context.members, spec.metric, unit)?.p75 ?? null;
  const perUnit = cap === null ? raised : Math.max(base, Math.min(raised, cap));
  const capped = perUnit < raised;
  const scale = spec.cadence === 'plan' ? (context.weeks as number) : 1;
  const sum = isSumMetric(spec.metric);
  const goal = roundGoal(perUnit * scale, {
    sum,
    ceiling: capped ? perUnit * scale : null,
    floor: base * scale,
  });
  const name = metricName(spec.metric);
  const per = spec.cadence === 'plan' ? 'over the plan' : `a ${unit}`;
  const reason = [
    spec.why,
    `The rep’s ${baseKind} ${unit} before the plan: ${formatAmount(base)} ${name};`,
    `${capClause(base, raised, cap, perUnit)}.`,
    spec.cadence === 'plan'
      ? `Goal: ${formatAmount(goal)} over the plan’s ${formatAmount(scale)} weeks.`
      : `Goal: ${formatAmount(goal)} ${per}, counted over the whole plan so a slow ${unit} can be made up.`,
  ].join(' ');
  return {
    target: {
      id: uniqueId(spec.metric, context.taken),
      metric: spec.metric,
      label: `${capitalized(name)} ${per}`,
      cadence: spec.cadence,
      goal,
      rule: spec.cadence === 'plan' ? { kind: 'each-period' } : { kind: 'total' },
      required: true,
    },
    replaces: context.plan.targets?.find((target) => target.metric === spec.metric)?.id ?? null,
    reason,
    figures: { unit, base, baseKind, raised, cap, capped },
  };
}
