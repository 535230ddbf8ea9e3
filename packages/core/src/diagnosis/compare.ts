/** The rep's funnel against the team's medians, measure by measure, in funnel order. */
import type { Baseline } from './baseline-schema.js';
import type { FunnelComparison, FunnelMeasure } from './diagnosis-schema.js';
import { CONVERSION_STEPS } from './funnel-stages.js';
import type { TeamFunnel, TeamStat } from './team.js';

/** A measure points at a cause when the rep's figure is at most this share of the team's median. */
export const GAP_RATIO = 0.8;
/** A conversion rate is judged only when measured on at least this many (connects, opps…). */
export const MIN_STAGE_BASE = 10;
/** An average deal size is judged only over at least this many deals won. */
export const MIN_DEALS_FOR_SIZE = 3;

function comparison(
  measure: FunnelMeasure,
  label: string,
  rep: number | null,
  team: TeamStat | null,
  enoughRepData: boolean,
): FunnelComparison {
  const teamMedian = team?.median ?? null;
  const ratio = rep !== null && teamMedian !== null && teamMedian > 0 ? rep / teamMedian : null;
  return { measure, label, rep, team: teamMedian, ratio, judged: enoughRepData && ratio !== null };
}

export function compareWithTeam(baseline: Baseline, team: TeamFunnel): FunnelComparison[] {
  const { funnel, sufficient } = baseline;
  const calls = funnel.stages.find((stage) => stage.metric === 'calls')?.perWeek ?? null;
  const comparisons: FunnelComparison[] = [
    comparison('volume', 'calls per week', calls, team.perWeek.calls, sufficient),
  ];
  for (const conversion of funnel.conversions) {
    comparisons.push(
      comparison(
        conversion.stage,
        CONVERSION_STEPS[conversion.stage].label,
        conversion.rate,
        team.conversions[conversion.stage],
        sufficient && conversion.base >= MIN_STAGE_BASE,
      ),
    );
  }
  const dealsWon = funnel.stages.find((stage) => stage.metric === 'deals_won')?.total ?? 0;
  comparisons.push(
    comparison(
      'deal-size',
      'average deal size',
      funnel.averageDealSize,
      team.averageDealSize,
      sufficient && dealsWon >= MIN_DEALS_FOR_SIZE,
    ),
  );
  return comparisons;
}

/**
 * The judged measure furthest below the team (at most GAP_RATIO of it, with a 1e-9 tolerance for
 * rates such as 0.12 / 0.15); the earliest in funnel order on a tie.
 */
export function widestGap(comparisons: readonly FunnelComparison[]): FunnelComparison | null {
  let widest: FunnelComparison | null = null;
  for (const item of comparisons) {
    if (!item.judged || item.ratio === null || item.ratio > GAP_RATIO + 1e-9) continue;
    if (widest === null || item.ratio < (widest.ratio as number)) widest = item;
  }
  return widest;
}
