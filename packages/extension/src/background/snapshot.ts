import type { PlanEvaluation } from '@onpace/core/pace';
import type { PaceSnapshot } from '@onpace/core/schemas';

/** Pace as it stands now, frozen into a check-in so later edits to the plan cannot rewrite it. */
export function paceSnapshot(evaluation: PlanEvaluation): PaceSnapshot {
  return {
    asOf: evaluation.asOf,
    status: evaluation.status,
    businessDays: { ...evaluation.businessDays },
    targets: evaluation.targets.map((target) => ({
      targetId: target.targetId,
      status: target.status,
      actual: target.actual,
      goal: target.goal,
      expected: target.expected,
      paceRatio: target.paceRatio,
    })),
  };
}
