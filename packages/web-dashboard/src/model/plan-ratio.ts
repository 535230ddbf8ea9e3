/**
 * A plan's pace ratio, for the team sparkline and the trends: the lowest pace ratio among its
 * required targets (all targets when none is required), because the weakest target is the one
 * that sets the plan's status. Null while no target expects anything yet.
 */
import type { PlanEvaluation } from '@onpace/core/pace';

export function planPaceRatio(evaluation: PlanEvaluation): number | null {
  const counted = evaluation.targets.some((target) => target.required)
    ? evaluation.targets.filter((target) => target.required)
    : evaluation.targets;
  let lowest: number | null = null;
  for (const target of counted) {
    if (target.paceRatio !== null && (lowest === null || target.paceRatio < lowest))
      lowest = target.paceRatio;
  }
  return lowest;
}
