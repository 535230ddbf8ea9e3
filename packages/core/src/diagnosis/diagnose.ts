/**
 * `diagnose`: the root cause of a rep's results, from their baseline and the team's. The cause is
 * the measure (calls per week, a conversion stage, average deal size) furthest below the team's
 * median, when it is at most 80% of it; otherwise no clear cause, with the reason.
 */
import { match, P } from 'ts-pattern';
import type { Baseline } from './baseline-schema.js';
import { describeCause } from './cause-words.js';
import { compareWithTeam, widestGap } from './compare.js';
import type { Diagnosis, FunnelComparison, RootCause } from './diagnosis-schema.js';
import { CONVERSION_STAGES, CONVERSION_STEPS } from './funnel-stages.js';
import { MIN_TEAM_MEMBERS, teamFunnel, teamMembers } from './team.js';

interface Findings {
  readonly sufficient: boolean;
  readonly hasTeam: boolean;
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
    .with({ hasTeam: false }, () => ({ kind: 'no-clear-cause', reason: 'no-team' }))
    .with({ judgedAny: false }, () => ({ kind: 'no-clear-cause', reason: 'nothing-comparable' }))
    .with({ widest: P.nullish }, () => ({ kind: 'no-clear-cause', reason: 'in-line' }))
    .with({ widest: { measure: 'volume' } }, ({ widest }) => ({
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

/**
 * The rep's root cause against the team's medians. `teamBaselines`: one baseline per teammate
 * over the same range (the rep's own may be among them; each counts as one member); members
 * with fewer than 10 business days are left out, and fewer than 3 members give no comparison.
 */
export function diagnose(baseline: Baseline, teamBaselines?: readonly Baseline[]): Diagnosis {
  const members = teamMembers(teamBaselines);
  const comparisons = compareWithTeam(baseline, teamFunnel(members));
  const cause = rootCause({
    sufficient: baseline.sufficient,
    hasTeam: members.length >= MIN_TEAM_MEMBERS,
    judgedAny: comparisons.some((comparison) => comparison.judged),
    widest: widestGap(comparisons),
  });
  return { cause, ...describeCause(cause, baseline), comparisons, teamMembers: members.length };
}
