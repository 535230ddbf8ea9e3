/**
 * Attainability in words a rep and a manager read (docs/attainability.md "The verdict"): what the
 * rep has done, what the target needs under its rule, the chance, and the highest goal with a
 * 70 % chance. The one source of these sentences for every screen that shows a verdict.
 */
import { isSumMetric, metricName } from '../metrics/catalog.js';
import type { Cadence } from '../schemas/plan.js';
import type {
  AttainableGoal,
  PeriodEvidence,
  TargetAttainability,
  TotalEvidence,
} from './attainability-schema.js';
import { MIN_SAMPLE_DAYS, MIN_SAMPLE_WEEKS } from './verdict.js';
import { formatAmount } from './words.js';

/** A whole percentage with its sign apart, as the plan's sentences write it: "34 %". */
export function percentWords(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** "a 72 %", "an 85 %", "an 8 %", "an 11 %": the article as the number is read aloud. */
function aPercent(percent: number): string {
  const spoken = percent === 8 || percent === 11 || percent === 18 || (percent >= 80 && percent <= 89);
  return `${spoken ? 'an' : 'a'} ${percent} %`;
}

/** "under a 1 % chance", "about a 9 % chance", "over a 99 % chance", "no chance", "certain". */
export function chanceWords(chance: number): string {
  if (chance <= 0) return 'no chance on this history';
  if (chance >= 1) return 'certain on this history';
  if (chance < 0.005) return 'under a 1 % chance';
  if (chance > 0.995) return 'over a 99 % chance';
  return `about ${aPercent(Math.round(chance * 100))} chance`;
}

/** "a 72 % chance", never rounded up to a figure it does not reach. */
function exactChanceWords(chance: number): string {
  return `${aPercent(Math.floor(chance * 100 + 1e-9))} chance`;
}

function amountOf(metric: string, value: number): string {
  return isSumMetric(metric)
    ? `${formatAmount(value)} of ${metricName(metric)}`
    : `${formatAmount(value)} ${metricName(metric)}`;
}

/** "a day", "a week", "over the plan", "by 2026-12-04" (a milestone). */
function perCadence(cadence: Cadence, until: string | null): string {
  if (cadence === 'daily') return 'a day';
  if (cadence === 'weekly') return 'a week';
  return until === null ? 'over the plan' : `by ${until}`;
}

function plural(count: number, one: string, many: string): string {
  return `${formatAmount(count)} ${count === 1 ? one : many}`;
}

/** The button of the plan editor: "Use 22 calls a day". */
export function attainableGoalLabel(
  metric: string,
  cadence: Cadence,
  goal: number,
  until: string | null,
): string {
  return `Use ${amountOf(metric, goal)} ${perCadence(cadence, until)}`;
}

interface WordsInput {
  readonly entry: Omit<TargetAttainability, 'reason' | 'team'>;
  /** The target's own goal (per period, or over the window). */
  readonly goal: number;
  readonly until: string | null;
}

function periodWords(input: WordsInput, evidence: PeriodEvidence): string[] {
  const { entry } = input;
  const metric = entry.metric;
  const days = evidence.unit === 'day';
  const where = days ? 'on' : 'in';
  const sampleUnit = days ? 'working days' : 'full weeks';
  const periodUnit = days ? 'days' : 'weeks';
  const during = entry.basis === 'remaining' ? ', the plan’s settled ones included' : '';
  const history = `You reached ${amountOf(metric, evidence.goal)} ${where} ${formatAmount(evidence.reached)} of your last ${formatAmount(evidence.sampleSize)} ${sampleUnit} (${percentWords(evidence.share)})${during}.`;
  const goal = formatAmount(evidence.goal);
  const chance = chanceWords(entry.chance ?? 0);
  if (entry.basis === 'goal') {
    const needs =
      evidence.needed === evidence.periods
        ? `${where} all ${formatAmount(evidence.periods)}`
        : `${where} ${formatAmount(evidence.needed)} of ${formatAmount(evidence.periods)} ${periodUnit}`;
    return [history, `This plan needs ${goal} ${needs}: ${chance}.`];
  }
  if (evidence.needed === 0)
    return [history, `The plan has already met this target ${where} enough ${periodUnit}.`];
  if (evidence.needed > evidence.periods) {
    return [
      history,
      `It still needs ${goal} ${where} ${plural(evidence.needed, days ? 'day' : 'week', periodUnit)} with only ${formatAmount(evidence.periods)} left: it can no longer be met.`,
    ];
  }
  return [
    history,
    `It still needs ${goal} ${where} ${formatAmount(evidence.needed)} of the ${plural(evidence.periods, days ? 'day' : 'week', periodUnit)} left: ${chance}.`,
  ];
}

function totalWords(input: WordsInput, evidence: TotalEvidence): string[] {
  const { entry } = input;
  const metric = entry.metric;
  const during = entry.basis === 'remaining' ? ', the plan’s settled ones included' : '';
  const history = `You averaged ${amountOf(metric, evidence.mean)} a working day over your last ${formatAmount(evidence.sampleSize)}${during} (give or take ${formatAmount(evidence.sd)}).`;
  const chance = chanceWords(entry.chance ?? 0);
  const days = evidence.businessDays;
  const perDay = days > 0 ? ` (${formatAmount(evidence.goal / days)} a day)` : '';
  const window = evidence.milestone
    ? `the ${plural(days, 'working day', 'working days')} to ${evidence.until}`
    : `its ${plural(days, 'working day', 'working days')}`;
  if (entry.basis === 'goal') {
    return [history, `This plan needs ${formatAmount(evidence.goal)} over ${window}${perDay}: ${chance}.`];
  }
  if (evidence.goal <= 0) return [history, 'The plan has already met this target.'];
  if (days <= 0)
    return [history, `Its window is over, ${formatAmount(evidence.goal)} short: it can no longer be met.`];
  return [
    history,
    `It still needs ${formatAmount(evidence.goal)} more over ${plural(days, 'working day', 'working days')}${perDay}: ${chance}.`,
  ];
}

/**
 * The highest goal with a 70 % chance, offered when the plan is being set and its own goal is
 * less likely; never during the plan (its goal is agreed), nor without history before it.
 */
function attainableWords(input: WordsInput, attainable: AttainableGoal | null): string | null {
  const { entry } = input;
  if (entry.basis !== 'goal' || entry.verdict === 'realistic' || entry.verdict === 'no-data') return null;
  if (attainable === null)
    return `No ${metricName(entry.metric)} goal above 0 has a 70 % chance on this history.`;
  if (attainable.goal >= input.goal) return null;
  return `${formatAmount(attainable.goal)} ${perCadence(entry.cadence, input.until)} has ${exactChanceWords(attainable.chance)}.`;
}

function noDataWords(entry: WordsInput['entry']): string {
  const { days, weeks } = entry.sample;
  if (days < MIN_SAMPLE_DAYS) {
    return days === 0
      ? 'Nothing recorded before the plan yet: no verdict.'
      : `Only ${plural(days, 'working day', 'working days')} of history (${MIN_SAMPLE_DAYS} needed): no verdict yet.`;
  }
  return `Only ${plural(weeks, 'full week', 'full weeks')} of history (${MIN_SAMPLE_WEEKS} needed for a weekly target): no verdict yet.`;
}

/** The verdict's sentences: the rep's record, what the target needs and its chance, a goal that is. */
export function attainabilityWords(input: WordsInput): string {
  const { entry } = input;
  if (entry.evidence === null) return noDataWords(entry);
  const sentences =
    entry.evidence.model === 'periods'
      ? periodWords(input, entry.evidence)
      : totalWords(input, entry.evidence);
  const better = attainableWords(input, entry.attainable);
  return [...sentences, ...(better === null ? [] : [better])].join(' ');
}

/** The team beside the verdict, never its basis: "Team (5 reps): median 35 a day, 75th percentile 42." */
export function teamContextWords(
  metric: string,
  unit: 'day' | 'week',
  team: { readonly members: number; readonly median: number; readonly p75: number },
): string {
  return `For context, your team (${team.members} reps): median ${amountOf(metric, team.median)} a ${unit}, 75th percentile ${formatAmount(team.p75)}.`;
}
