import type { TargetAttainability } from '@onpace/core/diagnosis';

/**
 * Under a target: core's words for its chance, the team as context, and the highest goal with a
 * 70 % chance ("Use 22 calls a day") applied in one click when the target's own goal is less likely.
 */
export function AttainabilityNote({
  attainability,
  goal,
  onUseGoal,
}: {
  readonly attainability: TargetAttainability;
  /** The goal as typed in the form. */
  readonly goal: number;
  readonly onUseGoal: (goal: number) => void;
}) {
  const { attainable } = attainability;
  const offer =
    attainable !== null && attainability.verdict !== 'realistic' && attainability.verdict !== 'no-data'
      ? attainable
      : null;
  return (
    <div className="attainability-note" data-onpace="attainability" data-target-id={attainability.targetId}>
      <p className="small">{attainability.reason}</p>
      {attainability.team ? <p className="small muted">{attainability.team.words}</p> : null}
      {offer !== null && offer.goal !== goal ? (
        <button type="button" data-onpace="use-attainable-goal" onClick={() => onUseGoal(offer.goal)}>
          {offer.label}
        </button>
      ) : null}
    </div>
  );
}
