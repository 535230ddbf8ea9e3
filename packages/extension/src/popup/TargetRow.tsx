import { formatFigure } from '@onpace/core/present';
import { nextActionSentence } from '@onpace/core/words';
import type { OverlayTarget } from '../messaging/overlay-protocol';
import { StatusBadge } from '../pages/StatusBadge';

/** "today", "this week" or "in the plan": the period whose figures a row leads with. */
function periodWord(target: OverlayTarget): string {
  if (target.cadence === 'daily' && target.current) return 'today';
  if (target.cadence === 'weekly' && target.current) return 'this week';
  return 'in the plan';
}

/** A target in the popup: its figures for the period that matters now and core's next-action sentence, as the overlay shows it. */
export function TargetRow({
  target,
  currency,
  workingHoursEnd,
  locale = navigator.language,
}: {
  readonly target: OverlayTarget;
  readonly currency: string;
  readonly workingHoursEnd: string;
  readonly locale?: string;
}) {
  const figures = target.cadence !== 'plan' && target.current ? target.current : target;
  const sentence = nextActionSentence(target, { workingHoursEnd, locale, currency, label: target.label });
  const format = (value: number) => formatFigure(value, target.money, currency, locale);
  return (
    <li className="target" data-target-id={target.targetId} data-status={target.status}>
      <div className="row spread">
        <span className="target-label">{target.label}</span>
        <StatusBadge status={target.status} />
      </div>
      <p className="figures">
        {format(figures.actual)} of {format(figures.goal)} {periodWord(target)}
      </p>
      <p className="small muted next-action">{sentence}</p>
    </li>
  );
}
