import { STATUS_LOOK } from '@onpace/core/present';
import type { ReactNode } from 'react';
import type { OverlayTarget } from '../../messaging/overlay-protocol';
import type { Formatters } from './figures';

/**
 * A row's expansion: its periods (days or weeks), the projection over the window, and core's
 * chance of meeting the target from here in its own words.
 */
export function TargetDetails({
  id,
  target,
  format,
  hidden,
  children,
}: {
  readonly id: string;
  /** What the rep can do about these figures (a dispute), below them. */
  readonly children?: ReactNode;
  readonly hidden: boolean;
  readonly target: OverlayTarget;
  readonly format: Formatters;
}) {
  const amount = (value: number) => (target.money ? format.money(value) : format.count(value));
  return (
    <div className="details" id={id} hidden={hidden}>
      <dl className="projection">
        <div>
          <dt>Plan so far</dt>
          <dd>
            {amount(target.actual)} of {amount(target.goal)}
          </dd>
        </div>
        {target.projected !== null && (
          <div>
            <dt>Projected at this pace</dt>
            <dd>{amount(target.projected)}</dd>
          </div>
        )}
        {target.requiredPerDay !== null && (
          <div>
            <dt>Needed per business day</dt>
            <dd>{amount(target.requiredPerDay)}</dd>
          </div>
        )}
        {target.periodsNeeded !== null && target.cadence !== 'plan' && (
          <div>
            <dt>{target.cadence === 'daily' ? 'Days met' : 'Weeks met'}</dt>
            <dd>
              {target.periodsMet} of {target.periodsNeeded} needed ({target.periods.length} in plan)
            </dd>
          </div>
        )}
      </dl>
      {target.attainability && (
        <p className="attainability" data-onpace="attainability" data-verdict={target.attainability.verdict}>
          {target.attainability.words}
        </p>
      )}
      {target.cadence !== 'plan' && (
        <ol className="periods">
          {target.periods.map((period) => (
            <li
              key={period.start}
              data-status={period.status}
              className={period === target.current ? 'current' : ''}
            >
              <span className="period-date">{format.date(period.start)}</span>
              <span className="num">
                {amount(period.actual)}/{amount(period.goal)}
              </span>
              <span style={{ color: STATUS_LOOK[period.status].color }}>
                <span aria-hidden="true">{STATUS_LOOK[period.status].icon} </span>
                {STATUS_LOOK[period.status].word}
              </span>
            </li>
          ))}
        </ol>
      )}
      {children}
    </div>
  );
}
