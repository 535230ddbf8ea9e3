import type { TargetAttainability } from '@onpace/core/diagnosis';
import type { PlanEvaluation, TargetEvaluation } from '@onpace/core/pace';
import { isSumMetric, metricName, type Plan } from '@onpace/core/schemas';
import type { OverlayTarget } from '../messaging/overlay-protocol';

/** The name a target row shows: the target's own label, else its metric's ("Calls", "Opps"). */
export function targetLabel(plan: Plan, targetId: string, metric: string): string {
  const own = plan.targets.find((target) => target.id === targetId)?.label;
  if (own) return own;
  const name = metricName(metric);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function overlayTarget(
  plan: Plan,
  target: TargetEvaluation,
  attainability: TargetAttainability | undefined,
): OverlayTarget {
  return {
    targetId: target.targetId,
    metric: target.metric,
    label: targetLabel(plan, target.targetId, target.metric),
    cadence: target.cadence,
    money: isSumMetric(target.metric),
    goal: target.goal,
    actual: target.actual,
    expected: target.expected,
    paceRatio: target.paceRatio,
    projected: target.projected,
    requiredPerDay: target.requiredPerDay,
    status: target.status,
    settled: target.settled,
    periods: target.periods.map((period) => ({ ...period, businessDays: { ...period.businessDays } })),
    current: target.current ? { ...target.current, businessDays: { ...target.current.businessDays } } : null,
    periodsMet: target.periodsMet,
    periodsNeeded: target.periodsNeeded,
    periodsRemaining: target.periodsRemaining,
    attainability: attainability
      ? { verdict: attainability.verdict, chance: attainability.chance, words: attainability.reason }
      : null,
  };
}

/** core's evaluation and attainability, row by row, in the shape the overlay protocol fixes. */
export function overlayTargets(
  plan: Plan,
  evaluation: PlanEvaluation,
  attainability: readonly TargetAttainability[] = [],
): OverlayTarget[] {
  return evaluation.targets.map((target) =>
    overlayTarget(
      plan,
      target,
      attainability.find((entry) => entry.targetId === target.targetId),
    ),
  );
}
