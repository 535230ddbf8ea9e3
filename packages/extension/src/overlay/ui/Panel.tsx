import { type Ref, useId } from 'react';
import type { OverlayState } from '../../messaging/overlay-protocol';
import { LifecycleBadge } from '../../pages/ledger/LifecycleBadge';
import type { OverlayActions } from '../actions';
import type { Formatters } from './figures';
import type { PanelBox } from './layout';
import { NoteCard } from './NoteCard';
import { civilDateIn } from './plan-today';
import { QuickLog } from './QuickLog';
import { SyncDot } from './SyncDot';
import { TargetRow } from './TargetRow';

interface PanelProps {
  readonly id: string;
  readonly state: OverlayState | null;
  readonly box: PanelBox;
  readonly format: (currency: string) => Formatters;
  readonly locale: string;
  readonly actions: OverlayActions;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onClose: () => void;
}

/** The open overlay, about 320 px: title line, one row per target, the newest note, quick logs. */
export function Panel({ id, state, box, format, locale, actions, headingRef, onClose }: PanelProps) {
  const titleId = useId();
  const plan = state?.plan ?? null;
  // The plan's own label never reaches the page in discreet mode, not even hidden.
  const title =
    !state || !plan
      ? 'OnPace'
      : state.settings.discreet
        ? state.settings.neutralLabel
        : (plan.label ?? state.settings.neutralLabel);
  const formatters = format(plan?.currency ?? 'USD');
  return (
    <div
      id={id}
      className="panel"
      data-testid="onpace-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-as-of={state?.asOf}
      style={{ right: box.right, bottom: box.bottom, top: box.top, maxHeight: box.maxHeight }}
    >
      <div className="panel-head">
        <h2 id={titleId} className="title" tabIndex={-1} ref={headingRef}>
          {title}
        </h2>
        {plan?.lifecycle && plan.lifecycle !== 'none' && (
          <LifecycleBadge lifecycle={plan.lifecycle} outcome={null} />
        )}
        {plan && (
          <span className="day num">
            {plan.day === 0 ? 'Starts soon' : `Business day ${plan.day} of ${plan.businessDays.total}`}
          </span>
        )}
        {state && <SyncDot sync={state.sync} />}
        <button type="button" className="close" aria-label="Close the OnPace panel" onClick={onClose}>
          {'\u00d7'}
        </button>
      </div>
      {!state && (
        <p className="quiet">OnPace cannot reach its data right now. Reloading this tab usually helps.</p>
      )}
      {plan?.acknowledgedCurrent === false && (
        <p className="quiet" data-ack-state="waiting">
          This revision of your plan waits for your acknowledgment: open the OnPace popup to see it.
        </p>
      )}
      {plan && (
        <ul className="rows">
          {plan.targets.map((target) => (
            <TargetRow
              key={target.targetId}
              target={target}
              plan={plan}
              format={formatters}
              locale={locale}
              {...(actions.disputes && state
                ? { disputes: actions.disputes, today: civilDateIn(state.asOf, plan.timeZone) }
                : {})}
            />
          ))}
        </ul>
      )}
      {state?.latestNote && <NoteCard note={state.latestNote} format={formatters} />}
      {state && plan && (
        <QuickLog state={state} targets={plan.targets} actions={actions} format={formatters} />
      )}
    </div>
  );
}
