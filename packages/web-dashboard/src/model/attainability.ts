/**
 * A plan's attainability as the plan detail shows it: each target judged when the plan was set
 * (the rate its goal asks against the rep's 90 days before `start`) and at the as-of date (the
 * rate still needed against what the rep has shown, the plan's settled days included), plus
 * core's diagnosis. Teammates are the other reps of the dataset, on this plan's calendar.
 */
import { civilDateAt, toDayNumber } from '@onpace/core/calendar';
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

/** The first date the data covers, so days before a rep's first activity are not read as zeros. */
export function firstObservedDate(
  activities: readonly Activity[],
  timeZone: string,
  fallback: string,
): string {
  let earliest = Number.POSITIVE_INFINITY;
  for (const activity of activities) {
    if (activity.deleted === true) continue;
    const at = Date.parse(activity.occurredAt);
    if (at < earliest) earliest = at;
  }
  return Number.isFinite(earliest) ? civilDateAt(earliest, timeZone) : fallback;
}

export function baselineFor(plan: Plan, activities: readonly Activity[]): Baseline {
  return computeBaseline(plan, activities, {
    observedFrom: firstObservedDate(activities, plan.timeZone, plan.start),
  });
}

/** The rep's last 30 days and the 60 before them: what the diagnosis compares with when there is no team. */
export function ownHistoryFor(plan: Plan, activities: readonly Activity[]) {
  return computeOwnHistory(plan, activities, {
    observedFrom: firstObservedDate(activities, plan.timeZone, plan.start),
  });
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
  const atStart = assessAttainability(plan, baseline, team);
  const nowDate = toDayNumber(asOf) < toDayNumber(plan.start) ? null : asOf < plan.end ? asOf : plan.end;
  const now =
    nowDate === null
      ? null
      : assessAttainability(plan, baseline, team, {
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

/** The figures behind a verdict, in one line: what the rep showed, then the team. */
export function figuresText(entry: TargetAttainability): string {
  const round = formatFigure;
  const parts: string[] = [];
  if (entry.rep) {
    parts.push(
      `before the plan: median ${round(entry.rep.median)}, 75th percentile ${round(entry.rep.p75)}, 90th ${round(entry.rep.p90)} a ${entry.unit} over ${entry.rep.observed} ${entry.unit}s`,
    );
  }
  if (entry.inPlan) {
    parts.push(
      `during the plan: 75th percentile ${round(entry.inPlan.p75)}, 90th ${round(entry.inPlan.p90)} over ${entry.inPlan.observed} ${entry.unit}s`,
    );
  }
  if (entry.team) {
    parts.push(
      `team of ${entry.team.members}: median ${round(entry.team.median)}, 75th percentile ${round(entry.team.p75)}`,
    );
  }
  return parts.length === 0 ? '' : `${parts.join('; ')}.`;
}

/** As core words figures: one decimal below 100, whole numbers with grouping above. */
function formatFigure(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: Math.abs(value) < 100 ? 1 : 0 }).format(
    value,
  );
}
