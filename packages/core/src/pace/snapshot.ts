/**
 * The pace a check-in freezes (the ledger's `checkin.held` snapshot): the plan's status and
 * business time, and for each target its status, actual, goal, expected and pace ratio, as
 * they stood at `asOf`. Later edits to the plan or late-synced activities cannot rewrite it.
 */
import type { PaceSnapshot } from '../schemas/check-in.js';
import type { PlanEvaluation } from './evaluation-schema.js';

export function paceSnapshot(evaluation: PlanEvaluation): PaceSnapshot {
  return {
    asOf: evaluation.asOf,
    status: evaluation.status,
    businessDays: {
      elapsed: evaluation.businessDays.elapsed,
      total: evaluation.businessDays.total,
      remaining: evaluation.businessDays.remaining,
    },
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
