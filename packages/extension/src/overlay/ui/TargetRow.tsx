import { STATUS_LOOK } from '@onpace/core/present';
import { nextActionSentence } from '@onpace/core/words';
import { useId, useState } from 'react';
import type { OverlayTarget } from '../../messaging/overlay-protocol';
import type { DisputeActions } from './DisputeDay';
import { DisputeDay } from './DisputeDay';
import { cadenceFigures, type Formatters, type Plan, ratioText } from './figures';
import { ProgressBar } from './ProgressBar';
import { StatusLabel } from './StatusLabel';
import { TargetDetails } from './TargetDetails';

export interface TargetRowProps {
  readonly target: OverlayTarget;
  readonly plan: Plan;
  readonly format: Formatters;
  readonly locale: string;
  /** When the background takes disputes from the overlay: the form in the details. */
  readonly disputes?: DisputeActions;
  /** Today in the plan's time zone, the latest day a dispute may name. */
  readonly today?: string;
}

/** One target: metric, the figures of its cadence, bar with pace marker, status, next action. */
export function TargetRow({ target, plan, format, locale, disputes, today }: TargetRowProps) {
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const figures = cadenceFigures(target);
  const sentence = nextActionSentence(target, {
    workingHoursEnd: plan.workingHoursEnd,
    locale,
    currency: plan.currency,
    label: target.label,
  });
  return (
    <li className="row" data-target-id={target.targetId} data-status={target.status}>
      <div className="row-head">
        <span className="metric">{target.label}</span>
        <span className="num figures">
          {ratioText(target, figures, format)} <span className="scope">{figures.scope}</span>
        </span>
      </div>
      <ProgressBar figures={figures} color={STATUS_LOOK[target.status].color} />
      <div className="row-status">
        <StatusLabel status={target.status} />
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? 'Hide details' : 'Details'}
        </button>
      </div>
      <p className="next-action">{sentence}</p>
      <TargetDetails id={detailsId} target={target} format={format} hidden={!expanded}>
        {disputes && today && expanded ? (
          <DisputeDay
            metric={target.metric}
            label={target.label}
            money={target.money}
            today={today}
            actions={disputes}
          />
        ) : null}
      </TargetDetails>
    </li>
  );
}
