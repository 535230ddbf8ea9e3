/**
 * `diagnose`: the root cause of a rep's results. With a team, the rep's baseline against the
 * team's medians; with none, the rep's last 30 days against the 60 before them. The cause is the
 * measure (leads or calls per week, a conversion stage, average deal size) furthest below what it
 * is compared with, when it is at most 80% of it; otherwise no clear cause, with the reason.
 */
import { match, P } from 'ts-pattern';
import type { Baseline } from './baseline-schema.js';
import { describeCause } from './cause-words.js';
import { compareWithOwnPast, compareWithTeam, widestGap } from './compare.js';
import type { Diagnosis, DiagnosisBasis, FunnelComparison, RootCause } from './diagnosis-schema.js';
import { CONVERSION_STAGES, CONVERSION_STEPS } from './funnel-stages.js';
import type { OwnHistory } from './own-history.js';
import { MIN_TEAM_MEMBERS, teamFunnel, teamMembers } from './team.js';

interface Findings {
  readonly sufficient: boolean;
  readonly compared: boolean;
  readonly judgedAny: boolean;
  readonly widest: FunnelComparison | null;
}

function gapOf(comparison: FunnelComparison): { rep: number; team: number; ratio: number } {
  return { rep: comparison.rep ?? 0, team: comparison.team ?? 0, ratio: comparison.ratio ?? 0 };
}

function rootCause(findings: Findings): RootCause {
  return match(findings)
    .returnType<RootCause>()
    .with({ sufficient: false }, () => ({ kind: 'no-clear-cause', reason: 'thin-baseline' }))
    .with({ compared: false }, () => ({ kind: 'no-clear-cause', reason: 'no-team' }))
    .with({ judgedAny: false }, () => ({ kind: 'no-clear-cause', reason: 'nothing-comparable' }))
    .with({ widest: P.nullish }, () => ({ kind: 'no-clear-cause', reason: 'in-line' }))
    .with({ widest: { measure: 'lead-volume' } }, ({ widest }) => ({ kind: 'lead-volume', ...gapOf(widest) }))
    .with({ widest: { measure: P.union('volume', 'activity-per-lead') } }, ({ widest }) => ({
      kind: 'activity-volume',
      metric: 'calls',
      ...gapOf(widest),
    }))
    .with({ widest: { measure: P.union(...CONVERSION_STAGES) } }, ({ widest }) => ({
      kind: 'conversion',
      stage: widest.measure,
      from: CONVERSION_STEPS[widest.measure].from,
      to: CONVERSION_STEPS[widest.measure].to,
      ...gapOf(widest),
    }))
    .with({ widest: { measure: 'deal-size' } }, ({ widest }) => ({ kind: 'deal-size', ...gapOf(widest) }))
    .exhaustive();
}

export interface DiagnoseOptions {
  /**
   * The rep's last 30 days and the 60 before them (`computeOwnHistory`): used when there is no
   * team to compare with, so that a rep's own browser still gets a diagnosis.
   */
  readonly ownHistory?: OwnHistory;
}

/** The comparisons to judge by: the team's when there is one, else the rep's own past, else none. */
function comparisonsFor(
  baseline: Baseline,
  members: readonly Baseline[],
  ownHistory: OwnHistory | undefined,
): { against: DiagnosisBasis; comparisons: FunnelComparison[]; compared: boolean } {
  if (members.length >= MIN_TEAM_MEMBERS || ownHistory === undefined) {
    return {
      against: 'team',
      comparisons: compareWithTeam(baseline, teamFunnel(members)),
      compared: members.length >= MIN_TEAM_MEMBERS,
    };
  }
  const { recent, earlier } = ownHistory;
  return {
    against: 'own-past',
    comparisons: compareWithOwnPast(recent, earlier),
    compared: recent.sufficient && earlier.sufficient,
  };
}

/**
 * The rep's root cause. `teamBaselines`: one baseline per teammate over the same range (the
 * rep's own may be among them; each counts as one member); members with fewer than 10 business
 * days are left out. With fewer than 3 members, `options.ownHistory` (when given) is compared
 * instead; without it there is no comparison.
 */
export function diagnose(
  baseline: Baseline,
  teamBaselines?: readonly Baseline[],
  options: DiagnoseOptions = {},
): Diagnosis {
  const members = teamMembers(teamBaselines);
  const { against, comparisons, compared } = comparisonsFor(baseline, members, options.ownHistory);
  const cause = rootCause({
    sufficient: baseline.sufficient,
    compared,
    judgedAny: comparisons.some((comparison) => comparison.judged),
    widest: widestGap(comparisons),
  });
  return {
    cause,
    against,
    ...describeCause(cause, baseline, { against, comparisons }),
    comparisons,
    teamMembers: members.length,
  };
}
