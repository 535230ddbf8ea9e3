import type { OverlayTarget } from '../messaging/overlay-protocol';
import { formatFigure, formatNeeded } from '../pages/format';
import { StatusBadge } from '../pages/StatusBadge';

/** "today", "this week" or "in the plan": the period whose figures a row leads with. */
function periodWord(target: OverlayTarget): string {
  if (target.cadence === 'daily' && target.current) return 'today';
  if (target.cadence === 'weekly' && target.current) return 'this week';
  return 'in the plan';
}

/** The next action in a sentence: what is still needed, for the period that matters now. */
function nextStep(target: OverlayTarget, currency: string): string | null {
  const figures = target.cadence !== 'plan' && target.current ? target.current : target;
  if (figures.status === 'achieved' || figures.settled) return null;
  const format = (value: number) => formatNeeded(value, target.money, currency);
  if (target.cadence === 'plan') {
    return figures.requiredPerDay === null ? null : `${format(figures.requiredPerDay)} a day from here`;
  }
  const missing = Math.max(0, figures.goal - figures.actual);
  return `${format(missing)} more ${periodWord(target)}`;
}

export function TargetRow({
  target,
  currency,
}: {
  readonly target: OverlayTarget;
  readonly currency: string;
}) {
  const figures = target.cadence !== 'plan' && target.current ? target.current : target;
  const step = nextStep(target, currency);
  const format = (value: number) => formatFigure(value, target.money, currency);
  return (
    <li className="target" data-target-id={target.targetId} data-status={target.status}>
      <div className="row spread">
        <span className="target-label">{target.label}</span>
        <StatusBadge status={target.status} />
      </div>
      <p className="figures">
        {format(figures.actual)} of {format(figures.goal)} {periodWord(target)}
        {step ? <span className="muted"> · {step}</span> : null}
      </p>
    </li>
  );
}
