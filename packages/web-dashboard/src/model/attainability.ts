/**
 * A plan's attainability as the plan detail shows it: each target's chance of being met under its
 * own rule when the plan was set (the rep's 90 days before `start`) and at the as-of date (what is
 * left, the plan's settled days joining the history), plus core's diagnosis. Teammates are the
 * other reps of the dataset, on this plan's calendar: context beside the verdict, never its basis.
 */
import { toDayNumber } from '@onpace/core/calendar';
import {
  assessAttainability,
  type Baseline,
  computeBaseline,
  computeOwnHistory,
  type Diagnosis,
  diagnose,
  MIN_TEAM_MEMBERS,
  type TargetAttainability,
  teamMembers,
} from '@onpace/core/diagnosis';
import type { Activity, Plan } from '@onpace/core/schemas';
import type { PlanData } from '../data/dataset';
import { endOfDayInstant } from './as-of';

export interface TargetAttainabilityRow {
  readonly targetId: string;
  readonly atStart: TargetAttainability;
  /** Null before the plan starts. */
  readonly now: TargetAttainability | null;
}

export interface PlanAttainability {
  readonly baseline: Baseline;
  readonly diagnosis: Diagnosis;
  readonly rows: readonly TargetAttainabilityRow[];
  /** The date "now" is judged at: the as-of date, or the plan's end once it is over. */
  readonly nowDate: string | null;
  /** Teammates with a long enough baseline, and how many a team figure needs. */
  readonly teamMembers: number;
  readonly teamNeeded: number;
}

/** A rep's baseline before the plan; core starts it at the rep's first recorded activity. */
export function baselineFor(plan: Plan, activities: readonly Activity[]): Baseline {
  return computeBaseline(plan, activities);
}

/** The rep's last 30 days and the 60 before them: what the diagnosis compares with when there is no team. */
export function ownHistoryFor(plan: Plan, activities: readonly Activity[]) {
  return computeOwnHistory(plan, activities);
}

/** The other reps' activities, one entry per rep. */
function teammatesOf(data: PlanData, all: readonly PlanData[]): (readonly Activity[])[] {
  const seen = new Set([data.plan.rep.id]);
  const teammates: (readonly Activity[])[] = [];
  for (const other of all) {
    if (seen.has(other.plan.rep.id)) continue;
    seen.add(other.plan.rep.id);
    teammates.push(other.activities ?? []);
  }
  return teammates;
}

export function planAttainability(data: PlanData, all: readonly PlanData[], asOf: string): PlanAttainability {
  const { plan } = data;
  const baseline = baselineFor(plan, data.activities ?? []);
  const team = teammatesOf(data, all).map((activities) => baselineFor(plan, activities));
  const atStart = assessAttainability(plan, baseline, { team });
  const nowDate = toDayNumber(asOf) < toDayNumber(plan.start) ? null : asOf < plan.end ? asOf : plan.end;
  const now =
    nowDate === null
      ? null
      : assessAttainability(plan, baseline, {
          team,
          asOf: endOfDayInstant(nowDate, plan.timeZone),
          activities: data.rollup,
        });
  return {
    baseline,
    diagnosis: diagnose(baseline, team, { ownHistory: ownHistoryFor(plan, data.activities ?? []) }),
    rows: atStart.map((entry, index) => ({
      targetId: entry.targetId,
      atStart: entry,
      now: now?.[index] ?? null,
    })),
    nowDate,
    teamMembers: teamMembers(team).length,
    teamNeeded: MIN_TEAM_MEMBERS,
  };
}

export interface VerdictLook {
  readonly word: string;
  readonly icon: string;
}

/** A verdict as a word and an icon (with a colour class in CSS): never colour alone. */
export const VERDICT_LOOK: Readonly<Record<TargetAttainability['verdict'], VerdictLook>> = {
  realistic: { word: 'realistic', icon: '✓' },
  stretch: { word: 'stretch', icon: '↗' },
  unrealistic: { word: 'unrealistic', icon: '△' },
  'no-data': { word: 'no data', icon: '○' },
};

/**
 * Each target's chance when the plan was set, from the rep's own history alone: the evidence
 * report's record of whether the plan asked something the rep could do.
 */
export function attainabilityAtStart(data: PlanData): TargetAttainability[] {
  return assessAttainability(data.plan, baselineFor(data.plan, data.activities ?? []));
}

/** The chance as a figure beside the verdict word: "34 %", "under 1 %", "over 99 %". */
export function chanceText(chance: number | null): string | null {
  if (chance === null) return null;
  if (chance > 0 && chance < 0.005) return 'under 1 %';
  if (chance < 1 && chance > 0.995) return 'over 99 %';
  return `${Math.round(chance * 100)} %`;
}
